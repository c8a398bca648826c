import Foundation

/// Writes `datapackage.json` (Frictionless Tabular Data Package) and `codebook.csv` describing every column.
struct DataPackageWriter {
    /// Table schemas in export order.
    let schemas: [TableSchema]
    /// The indicator codebook.
    let codebook: Codebook
    /// CSV options (the dialect and encoding depend on them).
    let csv: CSVOptions

    /// The data package descriptor as JSON.
    func descriptor() throws -> Data {
        var resources: [[String: Any]] = schemas.map { schema in
            var tableSchema: [String: Any] = [
                "fields": schema.columns.map { ["name": $0.name, "type": $0.type.rawValue, "description": $0.description] },
                "primaryKey": schema.primaryKey,
                "missingValues": [""],
            ]
            if !schema.foreignKeys.isEmpty {
                tableSchema["foreignKeys"] = schema.foreignKeys.map {
                    ["fields": $0.column, "reference": ["resource": $0.table, "fields": $0.reference]] as [String: Any]
                }
            }
            return [
                "name": schema.name, "path": "\(schema.name).csv", "profile": "tabular-data-resource",
                "description": schema.description, "format": "csv", "mediatype": "text/csv",
                "encoding": csv.bom ? "utf-8-sig" : "utf-8",
                "dialect": ["delimiter": ",", "quoteChar": "\"", "doubleQuote": true, "header": true],
                "schema": tableSchema,
            ]
        }
        resources.append([
            "name": "codebook", "path": "codebook.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": csv.bom ? "utf-8-sig" : "utf-8",
            "description": "What every column of every table means, and the indicator definitions.",
            "schema": ["fields": CodebookTable.columns.map { ["name": $0.name, "type": $0.type.rawValue, "description": $0.description] },
                       "missingValues": [""]],
        ])
        let package: [String: Any] = [
            "profile": "tabular-data-package",
            "name": "govreports-dataset",
            "title": "Chinese government annual reports (法治政府建设年度报告): documents, quantities, citations, indicators",
            "version": ProgramVersion.current,
            "created": Timestamp.created(),
            "licenses": [["name": "ODC-BY-1.0", "path": "https://opendatacommons.org/licenses/by/1-0/",
                          "title": "Open Data Commons Attribution License 1.0"]],
            "resources": resources,
        ]
        return try JSONSerialization.data(withJSONObject: package, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
