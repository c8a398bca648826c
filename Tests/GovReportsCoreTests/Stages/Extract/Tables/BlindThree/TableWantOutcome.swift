/// How one expected cell came out: right, or which way it failed (a wrong value is the worst, then a wrong unit, a
/// lost unit or wrong headers with the right value, then missing).
enum TableWantOutcome: String, Sendable, CaseIterable {
    /// Headers, value and unit as expected.
    case right
    /// Found by its headers or text, but holding another number (a number where none is expected included).
    case wrongValue = "wrong-value"
    /// The right number with another unit.
    case wrongUnit = "wrong-unit"
    /// The number as written with no unit where the table names one (`967` for 967 万元): incomplete, not wrong.
    case unitLost = "unit-lost"
    /// The right number and unit, found only by its text: its row or column header differs.
    case headersWrong = "headers-wrong"
    /// No cell with these headers or this text (or the number is lost).
    case missing
}
