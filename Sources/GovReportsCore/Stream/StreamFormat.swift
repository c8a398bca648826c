/// The input formats `govreports stream --format` reads; each maps to one `StreamDocumentReader`.
public enum StreamFormat: String, Sendable, CaseIterable {
    /// One JSON object per line (`StreamLine`).
    case jsonl
    /// A WARC (ISO 28500) stream, gzip per record or whole: its response records.
    case warc

    /// The reader of this format over `input`.
    public func reader(_ input: ByteInput) throws(StreamError) -> any StreamDocumentReader {
        switch self {
        case .jsonl:
            return JSONLinesDocumentReader(LineReader(input))
        case .warc:
            // The WARC reader comes from the WARC work (issue 21 parts 4-5); it is wired in here at merge.
            throw .formatUnavailable(rawValue)
        }
    }
}
