/// Options of the normalize stage.
public struct NormalizeConfig: Codable, Sendable, Equatable {
    /// Fold full-width ASCII (U+FF01–FF5E) to ASCII, as the seeds and gold expect.
    public var foldFullWidth: Bool

    /// Keys a normalize object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case foldFullWidth
    }

    /// Default: fold.
    public init(foldFullWidth: Bool = true) {
        self.foldFullWidth = foldFullWidth
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(foldFullWidth: try c.decodeIfPresent(Bool.self, forKey: .foldFullWidth) ?? true)
    }
}
