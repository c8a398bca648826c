/// The JSON codec of `OutsideBody` and `OutsideBodyBlock` (the clean and normalize records' `outside`): the writer
/// emits the same compact sorted-key JSON `JSONEncoder` writes, the reader accepts any key order.
extension RecordJSONWriter {
    /// The outside-body object.
    mutating func outsideBody(_ o: OutsideBody) {
        open()
        key("blocks", first: true); array(o.blocks) { $0.outsideBodyBlock($1) }
        key("truncated"); bool(o.truncated)
        close()
    }

    /// One block (`beforeLine` left out when nil, as `encodeIfPresent` leaves it out).
    mutating func outsideBodyBlock(_ b: OutsideBodyBlock) {
        open()
        if let at = b.beforeLine { key("beforeLine", first: true); int(at) }
        key("lines", first: b.beforeLine == nil); array(b.lines) { $0.string($1) }
        key("place"); string(b.place.rawValue)
        key("rule"); string(b.rule)
        close()
    }
}

/// Reading `OutsideBody` (the decoder beside the encoder above).
extension ExtractRecordReader {
    /// The outside-body object; both fields required, as the synthesized `Codable` requires them.
    mutating func outsideBody() throws(ExtractRecordReadError) -> OutsideBody {
        var o = OutsideBody.none
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "blocks": o.blocks = try r.array { (r) throws(ExtractRecordReadError) in try r.outsideBodyBlock() }; seen |= 1
            case "truncated": o.truncated = try r.bool(); seen |= 2
            default: try r.skipValue()
            }
        }
        guard seen == 3 else { throw fail("outside-body record lacks blocks or truncated") }
        return o
    }

    /// One block.
    mutating func outsideBodyBlock() throws(ExtractRecordReadError) -> OutsideBodyBlock {
        var b = OutsideBodyBlock(lines: [], place: .before, rule: "")
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "beforeLine": b.beforeLine = try r.isNull() ? nil : r.int()
            case "lines": b.lines = try r.array { (r) throws(ExtractRecordReadError) in try r.string() }; seen |= 1
            case "place": b.place = try r.enumeration(OutsideBodyPlace.self); seen |= 2
            case "rule": b.rule = try r.string(); seen |= 4
            default: try r.skipValue()
            }
        }
        guard seen == 7 else { throw fail("outside-body block lacks lines, place or rule") }
        return b
    }
}
