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
        if let whole = wholeValue(value) { return String(whole) }
        return fractionText(value)
    }

    /// The value as a whole number when it is one that `format` prints as an integer.
    static func wholeValue(_ value: Double) -> Int64? {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? Int64(value) : nil
    }

    /// Appends the value as `format` spells it.
    static func append(_ value: Double, to buffer: inout [UInt8]) {
        if let whole = wholeValue(value) { DecimalText.append(whole, to: &buffer) } else {
            buffer.append(contentsOf: fractionText(value).utf8)
        }
    }

    /// `format` for a value that is not a whole number below 10^15.
    private static func fractionText(_ value: Double) -> String {
        var s = "\(value)"
        if s.contains("e") {
            s = String(format: "%.10f", value)
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
