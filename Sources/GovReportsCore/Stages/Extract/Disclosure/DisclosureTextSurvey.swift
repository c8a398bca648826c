/// What the disclosure text gate found in one text, per template table (masks over the table's rows and columns,
/// bit `i` for the `i`-th): the canonical rows and columns its table-like pieces name, the rows named right before
/// a value, and the longest run of value-like pieces.
struct DisclosureTextSurvey: Sendable, Equatable {
    /// Per table, the rows some table-like piece names.
    var rows: [UInt64]
    /// Per table, the columns some table-like piece names.
    var columns: [UInt64]
    /// Per table, the rows named by a table-like piece whose next piece may be a value (a flattened data row).
    var rowsBeforeValue: [UInt64]
    /// The longest run of consecutive pieces that may be values (numbers or blank marks).
    var longestValueRun = 0
    /// True when the text's pieces may not be the reader's (a CR, or a grapheme cluster across a separator): the
    /// gate then cannot decide, and the reader runs.
    var undecided = false

    /// An empty survey over `tables` tables.
    init(tables: Int) {
        rows = Array(repeating: 0, count: tables)
        columns = rows
        rowsBeforeValue = rows
    }

    /// How many distinct rows and columns of table `t` are named.
    func labelsNamed(_ t: Int) -> Int { rows[t].nonzeroBitCount + columns[t].nonzeroBitCount }
}
