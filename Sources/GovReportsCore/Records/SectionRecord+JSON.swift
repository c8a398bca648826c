/// The JSON codec of `SectionRecord`, the one way its stage records are written and read: the writer emits the same
/// compact sorted-key JSON `JSONEncoder` writes, the reader accepts any key order (both round-trip, see
/// RecordJSONTests). A new field is added to the record, here, and to its dataset columns.
extension RecordJSONWriter {
    /// A section object.
    mutating func section(_ s: SectionRecord) {
        open()
        key("charEnd", first: true); int(s.charEnd)
        key("charStart"); int(s.charStart)
        key("level"); int(s.level)
        key("marker"); string(s.marker)
        key("parent", s.parent)
        key("part"); string(s.part.rawValue)
        key("path"); string(s.path)
        key("title"); string(s.title)
        close()
    }
}

/// Reading `SectionRecord` (the decoder beside the encoder above).
extension ExtractRecordReader {
    /// A section object.
    mutating func section() throws(ExtractRecordReadError) -> SectionRecord {
        var s = SectionRecord(path: "", level: 0, marker: "", title: "", parent: nil, part: .other, charStart: 0, charEnd: 0)
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "charEnd": s.charEnd = try r.int(); seen |= 1
            case "charStart": s.charStart = try r.int(); seen |= 2
            case "level": s.level = try r.int(); seen |= 4
            case "marker": s.marker = try r.string(); seen |= 8
            case "parent": s.parent = try r.optionalString()
            case "part": s.part = try r.enumeration(StandardPart.self); seen |= 16
            case "path": s.path = try r.string(); seen |= 32
            case "title": s.title = try r.string(); seen |= 64
            default: try r.skipValue()
            }
        }
        guard seen == 127 else { throw fail("section lacks a required field") }
        return s
    }
}
