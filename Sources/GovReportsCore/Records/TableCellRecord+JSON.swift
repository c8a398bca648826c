/// The JSON codec of `TableCellRecord`, the one way its stage records are written and read: the writer emits the
/// same compact sorted-key JSON `JSONEncoder` writes, the reader accepts any key order (both round-trip, see
/// RecordJSONTests). A new field is added to the record, here, and to its dataset columns.
extension RecordJSONWriter {
    /// A table cell object.
    mutating func tableCell(_ c: TableCellRecord) {
        open()
        key("col", first: true); int(c.col)
        key("colHeader", c.colHeader)
        key("isHeader"); bool(c.isHeader)
        key("row"); int(c.row)
        key("rowHeader", c.rowHeader)
        key("table"); int(c.table)
        key("text"); string(c.text)
        key("unit", c.unit)
        key("unitSource", c.unitSource?.rawValue)
        if let v = c.value { key("value"); double(v) }
        close()
    }
}

/// Reading `TableCellRecord` (the decoder beside the encoder above).
extension ExtractRecordReader {
    /// A table cell object.
    mutating func tableCell() throws(ExtractRecordReadError) -> TableCellRecord {
        var c = TableCellRecord(table: 0, row: 0, col: 0, text: "")
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "col": c.col = try r.int(); seen |= 1
            case "colHeader": c.colHeader = try r.optionalString()
            case "isHeader": c.isHeader = try r.bool()
            case "row": c.row = try r.int(); seen |= 2
            case "rowHeader": c.rowHeader = try r.optionalString()
            case "table": c.table = try r.int(); seen |= 4
            case "text": c.text = try r.string(); seen |= 8
            case "unit": c.unit = try r.optionalString()
            case "unitSource":
                guard let raw = try r.optionalString() else { break }
                guard let source = TableUnitSource(rawValue: raw) else { throw r.fail("unknown table unit source \(raw)") }
                c.unitSource = source
            case "value": c.value = try r.isNull() ? nil : r.double()
            default: try r.skipValue()
            }
        }
        guard seen == 15 else { throw fail("table cell lacks a required field") }
        return c
    }
}
