/// Extra rules for the clean stage on top of the bundled chrome table, and its input-size limit.
public struct CleanConfig: Codable, Sendable, Equatable {
    /// Extra regular expressions; a trimmed line that matches one in full is removed as chrome.
    public var chromeLinePatterns: [String]
    /// Extra `id` or `class` names of main-content containers, tried before the built-in ones.
    public var contentContainers: [String]
    /// Largest raw document, in bytes, the clean stage accepts; a larger one fails with a diagnostic naming it.
    public var maxInputBytes: Int
    /// The site-template learner's options.
    public var template: TemplateConfig
    /// Longest one document may take to clean, in seconds; past it the document fails with `document-timeout`.
    public var maxSecondsPerDocument: Double

    /// Default for `maxInputBytes`: 8 MiB. Real report pages are under 2 MB (the largest of the real pages in
    /// shared/realpages is 0.2 MB); 4× headroom over that still bounds one document's memory and time (BENCHMARKS.md).
    public static let defaultMaxInputBytes = 8 * 1024 * 1024
    /// Default for `maxSecondsPerDocument`: 60 s, over 3× the slowest legitimate document at the size limit
    /// (about 18 s for 8 MiB of nothing but quantities, BENCHMARKS.md), so only a stuck one hits it.
    public static let defaultMaxSecondsPerDocument = 60.0

    /// Keys a clean object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case chromeLinePatterns, contentContainers, maxInputBytes, maxSecondsPerDocument, template
    }

    /// No extra rules, the default size limit.
    public init(chromeLinePatterns: [String] = [], contentContainers: [String] = [],
                maxInputBytes: Int = CleanConfig.defaultMaxInputBytes,
                maxSecondsPerDocument: Double = CleanConfig.defaultMaxSecondsPerDocument,
                template: TemplateConfig = TemplateConfig()) {
        self.chromeLinePatterns = chromeLinePatterns
        self.contentContainers = contentContainers
        self.maxInputBytes = maxInputBytes
        self.maxSecondsPerDocument = maxSecondsPerDocument
        self.template = template
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(chromeLinePatterns: try c.decodeIfPresent([String].self, forKey: .chromeLinePatterns) ?? [],
                  contentContainers: try c.decodeIfPresent([String].self, forKey: .contentContainers) ?? [],
                  maxInputBytes: try c.decodeIfPresent(Int.self, forKey: .maxInputBytes) ?? CleanConfig.defaultMaxInputBytes,
                  maxSecondsPerDocument: try c.decodeIfPresent(Double.self, forKey: .maxSecondsPerDocument)
                      ?? CleanConfig.defaultMaxSecondsPerDocument,
                  template: try c.decodeIfPresent(TemplateConfig.self, forKey: .template) ?? TemplateConfig())
    }
}
