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
            // The WARC reader pulls its own chunks (gzip members need their own framing), so it reads the descriptor.
            guard let fd = input.fileDescriptor else { throw .formatUnavailable(rawValue) }
            return WARCStreamDocumentReader(reader: WARCDocumentReader(fileDescriptor: fd))
        }
    }
}
