/// The `codebook.csv` table: one row per column of every dataset table, then one per indicator.
enum CodebookTable {
    /// Columns of `codebook.csv`.
    static let columns = [
        Column("table", .string, "Dataset table the column belongs to"),
        Column("column", .string, "Column name"),
        Column("type", .string, "Table Schema type"),
        Column("description", .string, "What the column holds"),
        Column("label_zh", .string, "For indicator columns: Chinese label"),
        Column("units", .string, "For indicator columns: allowed units"),
        Column("triggers", .string, "For indicator columns: trigger phrases"),
        Column("aggregate", .string, "For indicator columns: how instances in one report combine"),
    ]

    /// A schema for writing `codebook.csv` with the shared CSV writer.
    static let schema = TableSchema(name: "codebook", description: "Codebook", columns: columns, primaryKey: ["table", "column"])

    /// All rows.
    static func rows(_ schemas: [TableSchema], codebook: Codebook) -> [[Cell]] {
        let indicatorByID = Dictionary(uniqueKeysWithValues: codebook.indicators.map { ($0.id, $0) })
        var rows: [[Cell]] = []
        for schema in schemas {
            for column in schema.columns {
                if schema.name == "indicators", let i = indicatorByID[column.name] {
                    rows.append([.text(schema.name), .text(column.name), .text(column.type.rawValue), .text(i.labelEN),
                                 .text(i.labelZH), .text(i.units.joined(separator: " ")),
                                 .text(i.triggers.joined(separator: " ")), .text(i.aggregate)])
                } else {
                    rows.append([.text(schema.name), .text(column.name), .text(column.type.rawValue),
                                 .text(column.description), .null, .null, .null, .null])
                }
            }
        }
        return rows
    }
}
