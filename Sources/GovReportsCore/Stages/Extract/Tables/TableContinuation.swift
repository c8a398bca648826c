/// Tables split over two (or more) `<table>`s: a later part with no header row takes the column headers of the part
/// before it when both have the same width and every column the same kind of content (figures, text or blank), so
/// its cells are named as the first part's are. When the widths or kinds differ nothing is carried and, if the
/// later part holds figures, it is flagged (`table-no-column-header`); a carried header is reported as
/// `table-continued` (info), naming both tables, so a researcher can check or drop it.
enum TableContinuation {
    /// What the content of one column is, over a grid's body rows.
    enum Kind: Equatable {
        /// Every cell empty or a blank mark.
        case blank
        /// Every non-blank cell a figure.
        case figures
        /// No non-blank cell a figure.
        case text
        /// Both.
        case mixed
    }

    /// For each grid (by position), the position of the grid whose header rows it continues under, nil when none.
    static func heads(_ grids: [TableGrid]) -> [Int?] { links(grids).heads }

    /// The continuation and flag diagnostics of a document's grids.
    static func diagnostics(_ grids: [TableGrid]) -> [Diagnostic] { links(grids).diagnostics }

    /// Heads and diagnostics together: a headerless grid with figures right after a grid that has header rows (or
    /// after a continuation of one) continues it when `matches`, and is flagged when it does not.
    static func links(_ grids: [TableGrid]) -> (heads: [Int?], diagnostics: [Diagnostic]) {
        var heads: [Int?] = Array(repeating: nil, count: grids.count)
        var diagnostics: [Diagnostic] = []
        for i in grids.indices.dropFirst() {
            let grid = grids[i]
            guard grid.headerRows == 0, figureCount(grid) >= TableHeaderCheck.minFigures else { continue }
            let head = heads[i - 1] ?? (grids[i - 1].headerRows > 0 ? i - 1 : nil)
            guard let h = head else { continue }
            let first = grids[h]
            if matches(first, grid) {
                heads[i] = h
                diagnostics.append(Diagnostic(.tableContinued, stage: .extract, severity: .info,
                    "table \(grid.index) (\(grid.rows.count)×\(grid.columnCount)) has no header row and the columns of table \(first.index): read as its continuation, under its column headers"))
            } else {
                diagnostics.append(Diagnostic(.tableNoColumnHeader, stage: .extract,
                    "table \(grid.index) (\(grid.rows.count)×\(grid.columnCount)) has no header row and its columns do not match those of table \(first.index) (\(first.rows.count)×\(first.columnCount)) before it: no column headers were carried over"))
            }
        }
        return (heads, diagnostics)
    }

    /// Whether `later` has `head`'s width and, column by column, the same kind of content where both hold any,
    /// with at least one column of figures in both.
    static func matches(_ head: TableGrid, _ later: TableGrid) -> Bool {
        guard head.columnCount == later.columnCount, head.headerRows < head.rows.count else { return false }
        let headKinds = kinds(head, from: head.headerRows)
        let laterKinds = kinds(later, from: 0)
        var figures = false
        for (a, b) in zip(headKinds, laterKinds) where a != .blank && b != .blank {
            guard a == b else { return false }
            if a == .figures { figures = true }
        }
        return figures
    }

    /// The kind of every column over the body rows from `first` on (closing note rows left out).
    static func kinds(_ grid: TableGrid, from first: Int) -> [Kind] {
        let texts = grid.texts
        let body = Array(texts[first..<(texts.count - TableHeaderFinder.trailingNoteRows(texts))])
        return (0..<grid.columnCount).map { c in
            let cells = body.map { $0[c] }.filter { !TableNumber.isBlank($0) }
            let figures = cells.filter(TableNumber.looksNumeric).count
            if cells.isEmpty { return .blank }
            if figures == cells.count { return .figures }
            return figures == 0 ? .text : .mixed
        }
    }

    /// How many origin slots of a grid hold a figure.
    static func figureCount(_ grid: TableGrid) -> Int {
        grid.rows.reduce(0) { n, row in n + row.filter { !$0.isSpanned && TableNumber.looksNumeric($0.text) }.count }
    }

    /// `later` under `head`'s header rows: those rows, then `later`'s rows with `head`'s header columns marked; the
    /// unit `later` states, else `head`'s. Its cells from row `head.headerRows` on are `later`'s.
    static func joined(_ head: TableGrid, _ later: TableGrid) -> TableGrid {
        let body = later.rows.map { row in
            row.enumerated().map { c, cell in
                TableGridCell(text: cell.text, isHeader: c < head.headerColumns, isSpanned: cell.isSpanned)
            }
        }
        return TableGrid(index: later.index, rows: Array(head.rows.prefix(head.headerRows)) + body,
                         headerRows: head.headerRows, headerColumns: head.headerColumns, unit: later.unit ?? head.unit)
    }
}
