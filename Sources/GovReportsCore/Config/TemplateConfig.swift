/// Options of the site-template learner (`clean.template`): lines that recur across a site's documents are chrome.
public struct TemplateConfig: Codable, Sendable, Equatable {
    /// How documents are grouped into sites.
    public var group: TemplateGrouping
    /// Smallest group whose template is learned: with fewer documents a shared line is as likely shared text.
    public var minGroupSize: Int
    /// Share of a group's documents a line must occur in to be template (0 < share ≤ 1).
    public var minShare: Double
    /// Longest line (Unicode scalars) that may be template away from the page's head and tail.
    public var maxLineLength: Int

    /// Default `minGroupSize`: five pages; a pair or trio of reports from one agency shares its signature lines.
    public static let defaultMinGroupSize = 5
    /// Default `minShare`: a line in at least 60% of the site's pages (navigation and footers are on nearly all).
    public static let defaultMinShare = 0.6
    /// Default `maxLineLength`: 40 scalars, longer than toolbar and navigation lines, shorter than body sentences.
    public static let defaultMaxLineLength = 40

    /// Keys a template object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case group, minGroupSize, minShare, maxLineLength
    }

    /// The defaults.
    public init(group: TemplateGrouping = .host, minGroupSize: Int = TemplateConfig.defaultMinGroupSize,
                minShare: Double = TemplateConfig.defaultMinShare,
                maxLineLength: Int = TemplateConfig.defaultMaxLineLength) {
        self.group = group
        self.minGroupSize = minGroupSize
        self.minShare = minShare
        self.maxLineLength = maxLineLength
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(group: try c.decodeIfPresent(TemplateGrouping.self, forKey: .group) ?? .host,
                  minGroupSize: try c.decodeIfPresent(Int.self, forKey: .minGroupSize) ?? TemplateConfig.defaultMinGroupSize,
                  minShare: try c.decodeIfPresent(Double.self, forKey: .minShare) ?? TemplateConfig.defaultMinShare,
                  maxLineLength: try c.decodeIfPresent(Int.self, forKey: .maxLineLength) ?? TemplateConfig.defaultMaxLineLength)
    }
}
