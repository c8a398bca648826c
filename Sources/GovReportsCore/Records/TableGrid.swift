/// One table of a document as a grid: rows of cells after rowspan/colspan are resolved, so every row has the
/// same number of slots and a cell's row and column headers can be read off by position.
///
/// Producers: clean (HTML `<table>`), the plain-text table reader, and the attachment readers (DOCX, PDF).
/// Consumers: the `tables` dataset, quantity subjects, the disclosure-panel recognizer.
public struct TableGrid: Codable, Sendable, Equatable {
    /// 1-based position of the table in its document.
    public var index: Int
    /// The grid, row by row; every row has `columnCount` cells.
    public var rows: [[TableGridCell]]
    /// How many leading rows are header rows (0 when none was found).
    public var headerRows: Int
    /// How many leading columns hold row labels (0 when none was found).
    public var headerColumns: Int
    /// The unit a caption row inside the table, or a unit line right above it, gives every figure (`单位：万元` →
    /// `万元`), nil when none.
    public var unit: String?

    /// Creates a grid; rows shorter than the widest are padded with empty cells.
    public init(index: Int, rows: [[TableGridCell]], headerRows: Int = 0, headerColumns: Int = 0, unit: String? = nil) {
        let width = rows.map(\.count).max() ?? 0
        self.index = index
        self.rows = rows.map { row in
            row.count < width ? row + Array(repeating: TableGridCell(text: ""), count: width - row.count) : row
        }
        self.headerRows = headerRows
        self.headerColumns = headerColumns
        self.unit = unit
    }

    /// The number of columns (the width of every row).
    public var columnCount: Int { rows.first?.count ?? 0 }

    /// The grid's texts only, row by row (what a recognizer that ignores spans and header marks reads).
    public var texts: [[String]] { rows.map { $0.map(\.text) } }
}
