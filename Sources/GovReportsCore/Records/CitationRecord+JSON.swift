/// The JSON codec of `CitationRecord`, the one way its stage records are written and read: the writer emits the same
/// compact sorted-key JSON `JSONEncoder` writes, the reader accepts any key order (both round-trip, see
/// RecordJSONTests). A new field is added to the record, here, and to its dataset columns.
extension RecordJSONWriter {
    /// A citation object.
    mutating func citation(_ c: CitationRecord) {
        open()
        key("charEnd", first: true); int(c.charEnd)
        key("charStart"); int(c.charStart)
        key("citation"); int(c.citation)
        key("issuer", c.issuer)
        key("kind"); string(c.kind.rawValue)
        key("normalized", c.normalized)
        if let v = c.serial { key("serial"); int(v) }
        key("text"); string(c.text)
        key("titleKind", c.titleKind)
        if let v = c.year { key("year"); int(v) }
        close()
    }
}

/// Reading `CitationRecord` (the decoder beside the encoder above).
extension ExtractRecordReader {
    /// A citation object.
    mutating func citation() throws(ExtractRecordReadError) -> CitationRecord {
        var c = CitationRecord(citation: 0, kind: .title, text: "", titleKind: nil, issuer: nil, year: nil, serial: nil,
                               normalized: nil, charStart: 0, charEnd: 0)
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "charEnd": c.charEnd = try r.int(); seen |= 1
            case "charStart": c.charStart = try r.int(); seen |= 2
            case "citation": c.citation = try r.int(); seen |= 4
            case "issuer": c.issuer = try r.optionalString()
            case "kind": c.kind = try r.enumeration(CitationKind.self); seen |= 8
            case "normalized": c.normalized = try r.optionalString()
            case "serial": c.serial = try r.isNull() ? nil : r.int()
            case "text": c.text = try r.string(); seen |= 16
            case "titleKind": c.titleKind = try r.optionalString()
            case "year": c.year = try r.isNull() ? nil : r.int()
            default: try r.skipValue()
            }
        }
        guard seen == 31 else { throw fail("citation lacks a required field") }
        return c
    }
}
