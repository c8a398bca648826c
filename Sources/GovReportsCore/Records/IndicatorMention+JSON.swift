/// The JSON codec of `IndicatorMention`, the one way its stage records are written and read: the writer emits the same
/// compact sorted-key JSON `JSONEncoder` writes, the reader accepts any key order (both round-trip, see
/// RecordJSONTests). A new field is added to the record, here, and to its dataset columns.
extension RecordJSONWriter {
    /// An indicator mention object.
    mutating func indicator(_ m: IndicatorMention) {
        open()
        key("indicator", first: true); string(m.indicator)
        key("mention"); int(m.mention)
        key("unit", m.unit)
        key("value"); double(m.value)
        close()
    }
}

/// Reading `IndicatorMention` (the decoder beside the encoder above).
extension ExtractRecordReader {
    /// An indicator mention object.
    mutating func indicator() throws(ExtractRecordReadError) -> IndicatorMention {
        var m = IndicatorMention(indicator: "", value: 0, unit: nil, mention: 0)
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "indicator": m.indicator = try r.string(); seen |= 1
            case "mention": m.mention = try r.int(); seen |= 2
            case "unit": m.unit = try r.optionalString()
            case "value": m.value = try r.double(); seen |= 4
            default: try r.skipValue()
            }
        }
        guard seen == 7 else { throw fail("indicator mention lacks a required field") }
        return m
    }
}
