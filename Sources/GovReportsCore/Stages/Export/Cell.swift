/// One typed value of a dataset row.
public enum Cell: Sendable, Equatable {
    /// Text.
    case text(String)
    /// Whole number.
    case int(Int)
    /// Decimal number.
    case number(Double)
    /// Boolean.
    case bool(Bool)
    /// Missing: empty in CSV, null in JSON and SQLite.
    case null

    /// Text or null.
    static func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .null }
    /// Int or null.
    static func int(_ value: Int?) -> Cell { value.map(Cell.int) ?? .null }
    /// Number or null.
    static func number(_ value: Double?) -> Cell { value.map(Cell.number) ?? .null }

    /// Plain decimal without separators or exponent: integral values print as integers.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var s = "\(value)"
        if s.contains("e") {
            s = String(format: "%.10f", value)
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
