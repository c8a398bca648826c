/// A table cell's `rowspan` and `colspan` (only cells that span more than one slot are recorded).
struct CellSpan: Sendable, Equatable {
    /// Rows the cell covers; 0 means "to the end of the table", as HTML's `rowspan="0"`.
    var rows: Int
    /// Columns the cell covers.
    var columns: Int

    /// HTML's ceiling for `colspan` (larger values are read as this).
    static let maxColumns = 1000
    /// HTML's ceiling for `rowspan`.
    static let maxRows = 65534
}
