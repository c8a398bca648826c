/// Reading a `CleanedDocument` (the clean record) without `Codable`, with the primitives of the extract record's
/// reader: a two-pass run reads every clean record back (the template learner, then normalize), and `JSONDecoder`
/// was three times the cost of the hand reader.
extension ExtractRecordReader {
    /// Every key of the clean record, each required as the synthesized `Codable` requires it.
    static let cleanedKeys = 0b111_1111_1111

    /// Decodes a whole clean record; throws `ExtractRecordReadError` naming the byte offset of the first problem.
    static func decodeCleaned(_ data: [UInt8]) throws(ExtractRecordReadError) -> CleanedDocument {
        try data.withUnsafeBufferPointer { (buffer) throws(ExtractRecordReadError) -> CleanedDocument in
            var reader = ExtractRecordReader(bytes: buffer)
            let document = try reader.cleaned()
            reader.skipSpace()
            guard reader.at == buffer.count else { throw reader.fail("trailing bytes after the record") }
            return document
        }
    }

    /// The clean record's object.
    mutating func cleaned() throws(ExtractRecordReadError) -> CleanedDocument {
        var c = CleanedDocument(docID: "", source: "", sha256: "", encoding: "", isHTML: false, page: PageMetadata(),
                                text: "", removed: [], diagnostics: [])
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "diagnostics":
                c.diagnostics = try r.array { (r) throws(ExtractRecordReadError) in try r.diagnostic() }; seen |= 1
            case "docID": c.docID = try r.string(); seen |= 2
            case "encoding": c.encoding = try r.string(); seen |= 4
            case "isHTML": c.isHTML = try r.bool(); seen |= 8
            case "page": c.page = try r.pageMetadata(); seen |= 16
            case "removed":
                c.removed = try r.array { (r) throws(ExtractRecordReadError) in try r.removedLine() }; seen |= 32
            case "sha256": c.sha256 = try r.string(); seen |= 64
            case "source": c.source = try r.string(); seen |= 128
            case "tables": c.tables = try r.array { (r) throws(ExtractRecordReadError) in try r.tableGrid() }; seen |= 256
            case "text": c.text = try r.string(); seen |= 512
            case "outside": c.outside = try r.outsideBody(); seen |= 1024
            default: try r.skipValue()
            }
        }
        guard seen == Self.cleanedKeys else { throw fail("clean record lacks a field") }
        return c
    }
}
