/// One line of `stream`'s output: `{"doc_id", "id", "source", "status", "diagnostics"?, "record"?}`. A good document
/// carries its whole extract record under `record`, written by the record's own codec (`RecordJSONWriter`, the bytes
/// `run` stores under `output/stages/extract/`), so every field the record gains reaches the output unlisted; a failed
/// or rejected one carries `diagnostics` instead. A good line may carry `diagnostics` too: notices about the stream
/// run itself (`template-book-missing`), outside the record, so the datasets stay those of `run`. `record` is always
/// the last key.
enum StreamOutputLine {
    /// `status` of a line whose document went through the chain.
    static let ok = "ok"
    /// `status` of a line whose document failed or was not a document.
    static let failed = "failed"

    /// The line of an extracted document, LF-terminated.
    static func extracted(_ d: ExtractedDocument, id: String?, notices: [Diagnostic] = []) -> [UInt8] {
        var out = head(docID: d.docID, id: id, source: d.source, status: ok)
        if !notices.isEmpty {
            var w = RecordJSONWriter()
            w.array(notices) { $0.diagnostic($1) }
            out.append(contentsOf: #","diagnostics":"#.utf8)
            out.append(contentsOf: w.bytes)
        }
        out.append(contentsOf: #","record":"#.utf8)
        out.append(contentsOf: RecordJSONWriter.encode(d))
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// The line of a document that failed or an item that is not a document, LF-terminated.
    static func failure(docID: String?, id: String?, source: String?, diagnostics: [Diagnostic]) -> [UInt8] {
        var out = head(docID: docID, id: id, source: source, status: failed)
        var w = RecordJSONWriter()
        w.array(diagnostics) { $0.diagnostic($1) }
        out.append(contentsOf: #","diagnostics":"#.utf8)
        out.append(contentsOf: w.bytes)
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// `{"doc_id":…,"id":…,"source":…,"status":…` (no closing brace).
    private static func head(docID: String?, id: String?, source: String?, status: String) -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: #"{"doc_id":"#.utf8)
        optional(docID, &out)
        out.append(contentsOf: #","id":"#.utf8)
        optional(id, &out)
        out.append(contentsOf: #","source":"#.utf8)
        optional(source, &out)
        out.append(contentsOf: #","status":"#.utf8)
        JSONText.appendString(status, to: &out)
        return out
    }

    /// A JSON string, or null.
    private static func optional(_ s: String?, _ out: inout [UInt8]) {
        if let s { JSONText.appendString(s, to: &out) } else { out.append(contentsOf: "null".utf8) }
    }
}
