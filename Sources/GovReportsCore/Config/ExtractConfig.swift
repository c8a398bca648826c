/// Options of the extract stage.
public struct ExtractConfig: Codable, Sendable, Equatable {
    /// Codebook file (relative to the config file); nil uses the bundled codebook.
    public var codebook: String?
    /// Extra fixed expressions that are never quantities (e.g. `三个代表`).
    public var stoplist: [String]
    /// Most rows (quantities + sections + citations) one document may yield; past it the document fails with
    /// `document-too-large` instead of filling memory and every dataset.
    public var maxRowsPerDocument: Int

    /// Default for `maxRowsPerDocument`: real reports yield a few hundred rows, while a page under
    /// `clean.maxInputBytes` made of bare quantities (`1件，` is 7 bytes) could yield over a million; 200,000 is
    /// hundreds of times a real report and still bounds one document's memory.
    public static let defaultMaxRowsPerDocument = 200_000

    /// Keys an extract object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case codebook, stoplist, maxRowsPerDocument
    }

    /// Bundled codebook, no extra stoplist.
    public init(codebook: String? = nil, stoplist: [String] = [],
                maxRowsPerDocument: Int = ExtractConfig.defaultMaxRowsPerDocument) {
        self.codebook = codebook
        self.stoplist = stoplist
        self.maxRowsPerDocument = maxRowsPerDocument
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(codebook: try c.decodeIfPresent(String.self, forKey: .codebook),
                  stoplist: try c.decodeIfPresent([String].self, forKey: .stoplist) ?? [],
                  maxRowsPerDocument: try c.decodeIfPresent(Int.self, forKey: .maxRowsPerDocument)
                      ?? ExtractConfig.defaultMaxRowsPerDocument)
    }
}
