/// Options of the export stage.
public struct ExportConfig: Codable, Sendable, Equatable {
    /// Formats to write; `texts.jsonl`, `texts/` and `datapackage.json` are always written.
    public var formats: [ExportFormat]
    /// CSV options.
    public var csv: CSVOptions
    /// Whether `run` also writes the offline HTML report (`report/`) after the datasets.
    public var report: Bool

    /// Keys an export object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case formats, csv, report
    }

    /// All formats, spreadsheet-safe CSV, no report.
    public init(formats: [ExportFormat] = ExportFormat.allCases, csv: CSVOptions = CSVOptions(), report: Bool = false) {
        self.formats = formats
        self.csv = csv
        self.report = report
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(formats: try c.decodeIfPresent([ExportFormat].self, forKey: .formats) ?? ExportFormat.allCases,
                  csv: try c.decodeIfPresent(CSVOptions.self, forKey: .csv) ?? CSVOptions(),
                  report: try c.decodeIfPresent(Bool.self, forKey: .report) ?? false)
    }
}
