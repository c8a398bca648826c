/// How CSV files are written for spreadsheets.
public struct CSVOptions: Codable, Sendable, Equatable {
    /// Start each file with a UTF-8 BOM so Excel on Windows reads Chinese correctly.
    public var bom: Bool
    /// Prefix text cells starting with `= + - @`, tab or CR with `'` (OWASP CSV injection).
    public var neutralizeFormulas: Bool

    /// Keys a csv object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case bom, neutralizeFormulas
    }

    /// Spreadsheet-safe defaults.
    public init(bom: Bool = true, neutralizeFormulas: Bool = true) {
        self.bom = bom
        self.neutralizeFormulas = neutralizeFormulas
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(bom: try c.decodeIfPresent(Bool.self, forKey: .bom) ?? true,
                  neutralizeFormulas: try c.decodeIfPresent(Bool.self, forKey: .neutralizeFormulas) ?? true)
    }
}
