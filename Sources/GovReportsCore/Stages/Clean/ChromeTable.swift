import Foundation

/// The bundled chrome rule table (`Resources/rules/chrome.json`): element rules, content containers and line rules.
struct ChromeTable: Decodable, Sendable {
    /// Table format version.
    var version: Int
    /// Tags whose whole subtree is never text (scripts, styles, widgets).
    var dropTags: [String]
    /// Tags that are page chrome unless they hold real body prose (nav, header, footer …).
    var chromeTags: [String]
    /// `id`/`class` parts (split on non-alphanumerics) that mark an element as chrome.
    var chromeNameParts: [String]
    /// Substrings of a lower-cased `id`/`class` value that mark an element as chrome.
    var chromeNameSubstrings: [String]
    /// Known CMS main-content containers (`id` or `class` names), most specific first.
    var contentContainers: [String]
    /// Substrings of an `id`/`class` value that mark an element as holding the article title.
    var titleNameSubstrings: [String]
    /// `id`/`class` parts that abbreviate "title" (`tit`, `bt` for 标题): a headline slot, but also many a sidebar
    /// box's heading, so only read as the article's headline under `PageWalk.subheadHeadline`'s checks.
    var headlineSlotNameParts: [String]
    /// Substrings of a lower-cased, space-free `style` value that hide an element (chrome unless it holds prose).
    var hiddenStyleSubstrings: [String]
    /// Full-line chrome rules shared by HTML and text inputs.
    var lineRules: [LineRuleSpec]

    /// Loads the table bundled with the library.
    static func bundled() throws -> ChromeTable {
        try BundledRuleFile.json(ChromeTable.self, name: "chrome")
    }
}
