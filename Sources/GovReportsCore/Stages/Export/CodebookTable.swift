/// The `codebook.csv` table: one row per column of every dataset table, with the indicator definitions on the
/// rows of the wide `indicators` table's indicator columns.
enum CodebookTable {
    /// Columns of `codebook.csv`.
    static let columns = [
        Column("table", .string, "Dataset table the column belongs to"),
        Column("column", .string, "Column name"),
        Column("type", .string, "Table Schema type"),
        Column("description", .string, "What the column holds (for indicator columns: what counts as an instance)"),
        Column("label_zh", .string, "For indicator columns: Chinese label"),
        Column("label_en", .string, "For indicator columns: English label"),
        Column("units", .string, "For indicator columns: allowed units, space-separated"),
        Column("triggers", .string, "For indicator columns: trigger patterns, space-separated (+ all of, | any of, < earlier in the sentence, ! none of)"),
        Column("exclusions", .string, "For indicator columns: exclusion patterns, space-separated"),
        Column("aggregate", .string, "For indicator columns: how instances in one report combine (first, sum or max)"),
    ]

    /// A schema for writing `codebook.csv` with the shared CSV writer.
    static let schema = TableSchema(name: "codebook", description: "Codebook", columns: columns, primaryKey: ["table", "column"])

    /// All rows.
    static func rows(_ schemas: [TableSchema], codebook: Codebook) -> [[Cell]] {
        let indicatorByID = Dictionary(codebook.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [[Cell]] = []
        for schema in schemas {
            for column in schema.columns {
                if schema.name == "indicators", let i = indicatorByID[column.name] {
                    rows.append([.text(schema.name), .text(column.name), .text(column.type.rawValue),
                                 .text(i.description ?? i.labelEN), .text(i.labelZH), .text(i.labelEN),
                                 .text(i.units.joined(separator: " ")), .text(i.triggers.joined(separator: " ")),
                                 i.exclusions.isEmpty ? .null : .text(i.exclusions.joined(separator: " ")), .text(i.aggregate)])
                } else {
                    rows.append([.text(schema.name), .text(column.name), .text(column.type.rawValue),
                                 .text(column.description), .null, .null, .null, .null, .null, .null])
                }
            }
        }
        rows += disclosureIDRows()
        return rows
    }

    /// The canonical row and column ids of the `disclosure` table: one codebook row each, under the pseudo-tables
    /// `disclosure.row_id` and `disclosure.col_id` (column `<table>/<id>`), with the template's label in both
    /// versions and the versions the id occurs in.
    static func disclosureIDRows() -> [[Cell]] {
        guard let rules = try? DisclosureRules.bundled() else { return [] }
        var rows: [[Cell]] = []
        for (kind, pick) in [("row_id", { (t: DisclosureTableSpec) in t.rows }), ("col_id", { (t: DisclosureTableSpec) in t.columns })] {
            for table in rules.tables {
                for spec in pick(table) {
                    let matched = (spec.keys ?? []).map { "contains \($0)" } + (spec.exact ?? []).map { "is \($0)" }
                    let group = spec.group.map { "; under a label containing \($0.joined(separator: " or "))" } ?? ""
                    let description = "\(table.label_zh): \(spec.label_zh). Template versions: \(spec.versions.joined(separator: ", "))"
                        + (spec.money == true ? ". Money in 万元" : "") + ". Recognized when the label \(matched.joined(separator: " or "))\(group)"
                    rows.append([.text("disclosure.\(kind)"), .text("\(table.id)/\(spec.id)"), .text("string"), .text(description),
                                 .text(spec.label_zh), .null, .null, .null, .null, .null])
                }
            }
        }
        return rows
    }
}
