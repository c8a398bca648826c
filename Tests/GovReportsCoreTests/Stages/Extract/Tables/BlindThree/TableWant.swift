/// One cell a blind-round-3 table expects: found by its table and headers (or, failing that, by its text), then
/// judged on value and unit. `rows` lists the row headers accepted (a convention not settled, such as an indented
/// sub-row written with or without its `其中：`, may list both).
struct TableWant: Sendable, CustomStringConvertible {
    /// 1-based table in the document, nil for any.
    var table: Int?
    /// The cell's text as written (used to find the cell when its headers are wrong).
    var text: String
    /// Accepted row headers (nil inside: no row header).
    var rows: [String?]
    /// The expected column header (nil: none).
    var col: String?
    /// The expected value (nil: the cell holds no number).
    var value: Double?
    /// The expected unit.
    var unit: String?

    /// A want with one accepted row header.
    init(_ table: Int?, _ text: String, row: String?, col: String?, _ value: Double?, _ unit: String? = nil) {
        self.init(table, text, rows: [row], col: col, value, unit)
    }

    /// A want with several accepted row headers.
    init(_ table: Int?, _ text: String, rows: [String?], col: String?, _ value: Double?, _ unit: String? = nil) {
        self.table = table
        self.text = text
        self.rows = rows
        self.col = col
        self.value = value
        self.unit = unit
    }

    var description: String {
        "t\(table.map(String.init) ?? "*") \(rows.first.flatMap { $0 } ?? "-") | \(col ?? "-") = \(value.map { "\($0)" } ?? "nil") \(unit ?? "")"
    }
}
