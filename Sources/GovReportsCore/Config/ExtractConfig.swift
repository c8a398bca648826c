/// Options of the extract stage.
public struct ExtractConfig: Codable, Sendable, Equatable {
    /// Codebook file (relative to the config file); nil uses the bundled codebook.
    public var codebook: String?
    /// Extra fixed expressions that are never quantities (e.g. `三个代表`).
    public var stoplist: [String]

    /// Keys an extract object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case codebook, stoplist
    }

    /// Bundled codebook, no extra stoplist.
    public init(codebook: String? = nil, stoplist: [String] = []) {
        self.codebook = codebook
        self.stoplist = stoplist
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(codebook: try c.decodeIfPresent(String.self, forKey: .codebook),
                  stoplist: try c.decodeIfPresent([String].self, forKey: .stoplist) ?? [])
    }
}
