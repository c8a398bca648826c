/// The JSON codec of `DisclosureCell`, the one way its stage records are written and read: the writer emits the same
/// compact sorted-key JSON `JSONEncoder` writes, the reader accepts any key order.
extension RecordJSONWriter {
    /// A disclosure cell object.
    mutating func disclosureCell(_ c: DisclosureCell) {
        open()
        key("blank", first: true); bool(c.blank)
        key("colID"); string(c.colID)
        key("colLabel"); string(c.colLabel)
        key("rowID"); string(c.rowID)
        key("rowLabel"); string(c.rowLabel)
        key("table"); string(c.table)
        key("template"); string(c.template)
        key("text"); string(c.text)
        if let v = c.value { key("value"); double(v) }
        close()
    }
}

/// Reading `DisclosureCell` (the decoder beside the encoder above).
extension ExtractRecordReader {
    /// A disclosure cell object.
    mutating func disclosureCell() throws(ExtractRecordReadError) -> DisclosureCell {
        var c = DisclosureCell(template: "", table: "", rowID: "", rowLabel: "", colID: "", colLabel: "", value: nil,
                               blank: false, text: "")
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "blank": c.blank = try r.bool()
            case "colID": c.colID = try r.string(); seen |= 1
            case "colLabel": c.colLabel = try r.string()
            case "rowID": c.rowID = try r.string(); seen |= 2
            case "rowLabel": c.rowLabel = try r.string()
            case "table": c.table = try r.string(); seen |= 4
            case "template": c.template = try r.string()
            case "text": c.text = try r.string()
            case "value": c.value = try r.isNull() ? nil : r.double()
            default: try r.skipValue()
            }
        }
        guard seen == 7 else { throw fail("disclosure cell lacks table, rowID or colID") }
        return c
    }
}
