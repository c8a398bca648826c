/// Flags the data tables of a document that got no header: a grid holding figures with neither a header row nor a
/// header column gives cells no researcher can name, so each is reported as `table-no-header`.
enum TableHeaderCheck {
    /// Fewest numeric cells that make a grid a data table (a layout grid of text is not flagged).
    static let minFigures = 2

    /// One diagnostic per headerless table with figures.
    static func diagnostics(_ grids: [TableGrid]) -> [Diagnostic] {
        grids.compactMap { grid in
            guard grid.headerRows == 0, grid.headerColumns == 0 else { return nil }
            let figures = grid.rows.reduce(0) { n, row in
                n + row.filter { !$0.isSpanned && TableNumber.looksNumeric($0.text) }.count
            }
            guard figures >= minFigures else { return nil }
            let first = grid.rows.first?.first(where: { !$0.text.isEmpty })?.text ?? ""
            return Diagnostic(.tableNoHeader, stage: .extract,
                              "table \(grid.index) (\(grid.rows.count)×\(grid.columnCount), first cell \"\(first)\") has no header row or column; its cells carry no headers")
        }
    }
}
