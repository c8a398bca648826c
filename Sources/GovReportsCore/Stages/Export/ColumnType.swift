/// Frictionless Table Schema field types used by the datasets.
public enum ColumnType: String, Codable, Sendable {
    /// The Table Schema type names.
    case string, integer, number, boolean, date

    /// SQLite column affinity.
    var sqlType: String {
        switch self {
        case .string, .date: return "TEXT"
        case .integer, .boolean: return "INTEGER"
        case .number: return "REAL"
        }
    }
}
