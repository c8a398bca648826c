/// A dataset file format.
public enum ExportFormat: String, Codable, Sendable, CaseIterable {
    /// Spreadsheet CSV, JSON Lines, or one SQLite database.
    case csv, jsonl, sqlite
}
