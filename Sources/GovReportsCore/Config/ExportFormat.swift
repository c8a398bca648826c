/// A dataset file format.
public enum ExportFormat: String, Codable, Sendable, CaseIterable {
    case csv, jsonl, sqlite
}
