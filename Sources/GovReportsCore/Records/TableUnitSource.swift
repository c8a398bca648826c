/// Where a table cell's unit came from: the cell's own text, or the table around a bare figure (a unit the table
/// states once for many cells), so a researcher can keep or drop units that were not written in the cell.
public enum TableUnitSource: String, Codable, Sendable, Equatable {
    /// Written in the cell (`251000元`, `6.25%`).
    case cell
    /// A unit in brackets at the end of the column's header (`金额（万元）`), or a percent sign in it.
    case columnHeader = "column-header"
    /// The same in the row's header, for tables laid out the other way.
    case rowHeader = "row-header"
    /// The row's cell in a column headed 单位 or 计量单位.
    case unitColumn = "unit-column"
    /// A caption row inside the table (`单位：万元`), a unit line right above it, or a unit line in the table's corner
    /// cell (`项目（单位：万元）`): a unit stated once for the whole table.
    case caption
}
