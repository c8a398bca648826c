/// The report's read of an extract record: what a document page and the overview show, without the fields they
/// never show (the `tableCells` rows, every quantity's `sentence`), which were most of the stand-alone report's
/// reading (string building and UTF-8 checks).
extension ExtractRecordReader {
    /// Decodes an extract record leaving `tableCells` empty and every quantity's `sentence` blank (both are still
    /// stepped over, so a malformed record is refused as `decode` refuses it).
    static func decodeForReport(_ data: [UInt8]) throws(ExtractRecordReadError) -> ExtractedDocument {
        try data.withUnsafeBufferPointer { (buffer) throws(ExtractRecordReadError) -> ExtractedDocument in
            var reader = ExtractRecordReader(bytes: buffer)
            reader.skipsUnshown = true
            let document = try reader.document()
            reader.skipSpace()
            guard reader.at == buffer.count else { throw reader.fail("trailing bytes after the record") }
            return document
        }
    }
}
