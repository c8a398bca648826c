/// One table cell a real page expects (`tables` in `evaldata.jsonl`): the row named by its first cell, the column
/// by its header (nil: the value beside the row label of a two-column key/value table), and the cell's text.
public struct RealPageTableCell: Codable, Sendable, Equatable {
    /// The text of the row's first cell.
    public var row: String
    /// The text of the column's header cell, or nil for a key/value table's value column.
    public var col: String?
    /// The cell's text.
    public var text: String

    /// Whether a slot of a grid is this cell: same text, its row header led by `row`, its column header led by
    /// `col` (for a nil `col`, no column header and the second column). Spanned slots count (a row inherits a
    /// cell through `rowspan`). Blanks are ignored and widths folded on both sides, as cell texts hold line
    /// breaks and paragraphs.
    public func matches(_ grid: TableGrid, row r: Int, col c: Int) -> Bool {
        guard Self.key(grid.rows[r][c].text) == Self.key(text) else { return false }
        guard let rowHeader = TableCellExtractor.rowHeader(grid, row: r, col: c),
              Self.leadingPart(rowHeader) == Self.key(row) else { return false }
        let colHeader = TableCellExtractor.colHeader(grid, row: r, col: c)
        if let col {
            guard let colHeader else { return false }
            return Self.leadingPart(colHeader) == Self.key(col)
        }
        return colHeader == nil && c == 1
    }

    /// Whether any slot of any grid is this cell.
    public func found(in grids: [TableGrid]) -> Bool {
        grids.contains { grid in
            grid.rows.indices.contains { r in grid.rows[r].indices.contains { c in matches(grid, row: r, col: c) } }
        }
    }

    /// The key of a header's first part (`A / B` → key of `A`).
    static func leadingPart(_ header: String) -> String {
        let first = header.components(separatedBy: TableCellExtractor.headerSeparator).first ?? header
        return key(first)
    }

    /// A text with blanks removed and widths folded.
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(WidthFolder.ruleView(WidthFolder.fold(text)).unicodeScalars
            .filter { !$0.properties.isWhitespace }))
    }
}
