/// A dataset column declared once: its schema entry (name, type, meaning) and how its cell is read from one row's
/// item of a document, so a table's schema and its rows cannot drift apart.
struct DatasetColumn<Item>: Sendable {
    /// The schema entry (CSV header, SQLite column, datapackage field, codebook row).
    let column: Column
    /// The cell of this column for one item of a document.
    let cell: @Sendable (ExtractedDocument, Item) -> Cell

    /// Declares a column.
    init(_ name: String, _ type: ColumnType, _ description: String,
         _ cell: @escaping @Sendable (ExtractedDocument, Item) -> Cell) {
        column = Column(name, type, description)
        self.cell = cell
    }
}

/// Rows from a column list.
extension Array {
    /// One row: every column's cell for `item` of `document`, in column order.
    func row<Item>(_ document: ExtractedDocument, _ item: Item) -> [Cell] where Element == DatasetColumn<Item> {
        map { $0.cell(document, item) }
    }
}
