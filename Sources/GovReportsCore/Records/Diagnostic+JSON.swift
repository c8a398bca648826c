/// The JSON codec of `Diagnostic`, the one way its stage records are written and read: the writer emits the same
/// compact sorted-key JSON `JSONEncoder` writes, the reader accepts any key order (both round-trip, see
/// RecordJSONTests). A new field is added to the record, here, and to its dataset columns.
extension RecordJSONWriter {
    /// A diagnostic object.
    mutating func diagnostic(_ d: Diagnostic) {
        open()
        key("code", first: true); string(d.code.rawValue)
        key("message"); string(d.message)
        key("severity"); string(d.severity.rawValue)
        key("stage"); string(d.stage.rawValue)
        close()
    }
}

/// Reading `Diagnostic` (the decoder beside the encoder above).
extension ExtractRecordReader {
    /// A diagnostic object.
    mutating func diagnostic() throws(ExtractRecordReadError) -> Diagnostic {
        var d = Diagnostic(.stageFailed, stage: .extract, "")
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "code": d.code = try r.enumeration(DiagnosticCode.self); seen |= 1
            case "message": d.message = try r.string(); seen |= 2
            case "severity": d.severity = try r.enumeration(DiagnosticSeverity.self); seen |= 4
            case "stage": d.stage = try r.enumeration(StageName.self); seen |= 8
            default: try r.skipValue()
            }
        }
        guard seen == 15 else { throw fail("diagnostic lacks a required field") }
        return d
    }
}
