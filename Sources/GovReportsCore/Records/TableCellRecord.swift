/// One origin cell of a body table with the headers that name it (a row of `tables`).
public struct TableCellRecord: Codable, Sendable, Equatable {
    /// 1-based position of the table in its document (`TableGrid.index`).
    public var table: Int
    /// 1-based row in the grid (header rows included).
    public var row: Int
    /// 1-based column in the grid.
    public var col: Int
    /// The cell's text.
    public var text: String
    /// The number the cell holds (`251000元` → 251000, `1.5万元` → 15000), nil unless the whole cell is one number.
    public var value: Double?
    /// The number's unit (`元`, `%`), nil for a plain number or no number.
    public var unit: String?
    /// Where `unit` came from (nil when there is none).
    public var unitSource: TableUnitSource?
    /// The texts of the header columns to the cell's left in its row, ` / ` between them (body rows only).
    public var rowHeader: String?
    /// The texts of the header rows above the cell in its column, ` / ` between them.
    public var colHeader: String?
    /// Whether the cell is a header cell (a header row or column, or `<th>`).
    public var isHeader: Bool

    /// Creates a cell record.
    public init(table: Int, row: Int, col: Int, text: String, value: Double? = nil, unit: String? = nil,
                unitSource: TableUnitSource? = nil, rowHeader: String? = nil, colHeader: String? = nil,
                isHeader: Bool = false) {
        self.table = table
        self.row = row
        self.col = col
        self.text = text
        self.value = value
        self.unit = unit
        self.unitSource = unitSource
        self.rowHeader = rowHeader
        self.colHeader = colHeader
        self.isHeader = isHeader
    }
}
