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
        Data(tree.prettyBytes)
    }

    /// The descriptor as a JSON tree (tests hold its bytes to `JSONSerialization`'s for the same tree).
    var tree: PrettyJSONValue {
        let encoding = PrettyJSONValue.string(csv.bom ? "utf-8-sig" : "utf-8")
        var resources: [PrettyJSONValue] = schemas.map { schema in
            var tableSchema: [String: PrettyJSONValue] = [
                "fields": .array(schema.columns.map {
                    .object(["name": .string($0.name), "type": .string($0.type.rawValue), "description": .string($0.description)])
                }),
                "primaryKey": .array(schema.primaryKey.map { .string($0) }),
                "missingValues": .array([.string("")]),
            ]
            if !schema.foreignKeys.isEmpty {
                tableSchema["foreignKeys"] = .array(schema.foreignKeys.map {
                    .object(["fields": .string($0.column),
                             "reference": .object(["resource": .string($0.table), "fields": .string($0.reference)])])
                })
            }
            return .object([
                "name": .string(schema.name), "path": .string("\(schema.name).csv"),
                "profile": .string("tabular-data-resource"), "description": .string(schema.description),
                "format": .string("csv"), "mediatype": .string("text/csv"), "encoding": encoding,
                "dialect": .object(["delimiter": .string(","), "quoteChar": .string("\""), "doubleQuote": .bool(true),
                                    "header": .bool(true)]),
                "schema": .object(tableSchema),
            ])
        }
        resources.append(.object([
            "name": .string("codebook"), "path": .string("codebook.csv"), "profile": .string("tabular-data-resource"),
            "format": .string("csv"), "mediatype": .string("text/csv"), "encoding": encoding,
            "description": .string("What every column of every table means, and the indicator definitions."),
            "schema": .object([
                "fields": .array(CodebookTable.columns.map {
                    .object(["name": .string($0.name), "type": .string($0.type.rawValue), "description": .string($0.description)])
                }),
                "missingValues": .array([.string("")]),
            ]),
        ]))
        return .object([
            "profile": .string("tabular-data-package"),
            "name": .string("govreports-dataset"),
            "title": .string("Chinese government annual reports (法治政府建设年度报告): documents, quantities, citations, indicators"),
            "version": .string(ProgramVersion.current),
            "created": .string(Timestamp.created()),
            "licenses": .array([.object(["name": .string("ODC-BY-1.0"),
                                         "path": .string("https://opendatacommons.org/licenses/by/1-0/"),
                                         "title": .string("Open Data Commons Attribution License 1.0")])]),
            "resources": .array(resources),
        ])
    }
}
