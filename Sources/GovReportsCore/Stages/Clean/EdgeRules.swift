/// Block rules for the edges of a text (`Resources/rules/edges.json`): trailing related-link and legal-notice
/// blocks, and short unpunctuated lines caught between chrome lines at the head or tail.
struct EdgeRules: Decodable, Sendable {
    /// Table format version.
    var version: Int
    /// Heading lines that open a trailing block of links (相关报道 …); the block is cut when what follows reads as links.
    var relatedHeadings: [String]
    /// Heading lines that open a site's legal or copyright notice (版权与免责声明 …); it and all after it are cut.
    var legalHeadings: [String]
    /// Longest heading line (scalars, brackets and colon included).
    var headingMaxLength: Int
    /// How many lines from the end a trailing block's heading may stand.
    var tailWindowLines: Int
    /// Largest share of the body's characters a trailing block may hold (a heading earlier than that is body).
    var maxTailShare: Double
    /// Largest share of the body's characters a trailing legal notice may hold (a penalty notice's table can be
    /// shorter than the site's disclaimer under it).
    var maxLegalShare: Double
    /// Longest line (scalars) that still reads as a related-link item.
    var relatedItemMaxLength: Int
    /// Longest short line (scalars) that is chrome when it stands between chrome lines at the head or tail.
    var edgeLineMaxLength: Int
    /// Longest run of such lines taken as chrome (a table's header cells at the body's start are a longer run).
    var edgeRunMaxLines: Int
    /// How many lines from either end the between-chrome rule looks at.
    var edgeWindowLines: Int
    /// Labels of a disclosure page's header table (索引号, 发布机构 …) by the field they fill.
    var headerLabels: [String: String]
    /// Fewest recognized fields for a run of lines at the body's head to be a header table.
    var headerMinFields: Int
    /// How many lines from the body's start a header table may reach.
    var headerWindowLines: Int
    /// Words that protect a short edge line (a short title such as `工作总结` between a breadcrumb and a date line).
    var protectedWords: [String]
    /// Shortest line (scalars) a title ending (`TitleMerger.titleEndings`) protects (`办事指南` is a column name,
    /// `政务公开指南` a title).
    var titleEndingMinLength: Int
    /// Labels that open a site footer's contact line (`地址：… 邮编：… 电话：…`), chrome between footer lines.
    var contactLabels: [String]
    /// Longest such contact line (scalars).
    var contactLineMaxLength: Int

    /// Loads the bundled table.
    static func bundled() throws -> EdgeRules {
        try BundledRuleFile.json(EdgeRules.self, name: "edges")
    }
}
