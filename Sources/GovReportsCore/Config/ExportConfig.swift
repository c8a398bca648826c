/// Options of the export stage.
public struct ExportConfig: Codable, Sendable, Equatable {
    /// Formats to write; `texts.jsonl`, `texts/` and `datapackage.json` are always written.
    public var formats: [ExportFormat]
    /// CSV options.
    public var csv: CSVOptions

    /// Keys an export object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case formats, csv
    }

    /// All formats, spreadsheet-safe CSV.
    public init(formats: [ExportFormat] = ExportFormat.allCases, csv: CSVOptions = CSVOptions()) {
        self.formats = formats
        self.csv = csv
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(formats: try c.decodeIfPresent([ExportFormat].self, forKey: .formats) ?? ExportFormat.allCases,
                  csv: try c.decodeIfPresent(CSVOptions.self, forKey: .csv) ?? CSVOptions())
    }
}
