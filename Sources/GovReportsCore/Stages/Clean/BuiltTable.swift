/// A body table as clean builds it: the grid, and what linearizing it writes in its place.
struct BuiltTable: Sendable {
    /// One cell of a row line: its text, and whether all of it is link text.
    struct LineCell: Sendable {
        /// The cell's text.
        var text: String
        /// Whether every visible byte of it came from a link.
        var allLinks: Bool
    }

    /// The grid (its `index` is set once the document's tables are counted).
    var grid: TableGrid
    /// For every grid row, its origin cells with text, in column order: the row's line of the body.
    var rowLines: [[LineCell]]
    /// Lines before the rows: the caption and any text between the table's cells.
    var leadLines: [String]
    /// Chrome elements inside the cells (hidden spans and the like), with the rule that names them.
    var removed: [(line: String, rule: String)]
}
