/// Extra rules for the clean stage on top of the bundled chrome table.
public struct CleanConfig: Codable, Sendable, Equatable {
    /// Extra regular expressions; a trimmed line that matches one in full is removed as chrome.
    public var chromeLinePatterns: [String]
    /// Extra `id` or `class` names of main-content containers, tried before the built-in ones.
    public var contentContainers: [String]

    /// Keys a clean object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case chromeLinePatterns, contentContainers
    }

    /// No extra rules.
    public init(chromeLinePatterns: [String] = [], contentContainers: [String] = []) {
        self.chromeLinePatterns = chromeLinePatterns
        self.contentContainers = contentContainers
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(chromeLinePatterns: try c.decodeIfPresent([String].self, forKey: .chromeLinePatterns) ?? [],
                  contentContainers: try c.decodeIfPresent([String].self, forKey: .contentContainers) ?? [])
    }
}
