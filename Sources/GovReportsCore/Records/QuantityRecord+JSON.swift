/// The JSON codec of `QuantityRecord`, the one way its stage records are written and read: the writer emits the same
/// compact sorted-key JSON `JSONEncoder` writes, the reader accepts any key order (both round-trip, see
/// RecordJSONTests). A new field is added to the record, here, and to its dataset columns.
extension RecordJSONWriter {
    /// A quantity object.
    mutating func quantity(_ q: QuantityRecord) {
        open()
        key("approx", first: true, q.approx)
        key("change", first: q.approx == nil, q.change?.rawValue)
        key("charEnd", first: q.approx == nil && q.change == nil); int(q.charEnd)
        key("charStart"); int(q.charStart)
        key("indicator", q.indicator)
        key("kind"); string(q.kind.rawValue)
        key("mention"); int(q.mention)
        key("section"); string(q.section)
        key("sectionTitle", q.sectionTitle)
        key("sentence"); string(q.sentence)
        key("subject", q.subject)
        key("target"); bool(q.target)
        key("text"); string(q.text)
        key("unit", q.unit)
        key("value"); double(q.value)
        if let v = q.valueMax { key("valueMax"); double(v) }
        close()
    }
}

/// Reading `QuantityRecord` (the decoder beside the encoder above).
extension ExtractRecordReader {
    /// A quantity object.
    mutating func quantity() throws(ExtractRecordReadError) -> QuantityRecord {
        var q = QuantityRecord(mention: 0, text: "", value: 0, valueMax: nil, unit: nil, kind: .other, approx: nil, section: "",
                               sectionTitle: nil, sentence: "", charStart: 0, charEnd: 0, subject: nil, indicator: nil)
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "approx": q.approx = try r.optionalString()
            case "change": q.change = try r.isNull() ? nil : r.enumeration(QuantityChange.self)
            case "target": q.target = try r.bool()
            case "charEnd": q.charEnd = try r.int(); seen |= 1
            case "charStart": q.charStart = try r.int(); seen |= 2
            case "indicator": q.indicator = try r.optionalString()
            case "kind": q.kind = try r.enumeration(QuantityKind.self); seen |= 4
            case "mention": q.mention = try r.int(); seen |= 8
            case "section": q.section = try r.string(); seen |= 16
            case "sectionTitle": q.sectionTitle = try r.optionalString()
            case "sentence" where r.skipsUnshown: try r.skipString(); seen |= 32
            case "sentence": q.sentence = try r.string(); seen |= 32
            case "subject": q.subject = try r.optionalString()
            case "text": q.text = try r.string(); seen |= 64
            case "unit": q.unit = try r.optionalString()
            case "value": q.value = try r.double(); seen |= 128
            case "valueMax": q.valueMax = try r.isNull() ? nil : r.double()
            default: try r.skipValue()
            }
        }
        guard seen == 255 else { throw fail("quantity lacks a required field") }
        return q
    }
}
