/// One document as a stream reader delivers it: the bytes of a page or text file with the names `run` would give it.
public struct StreamInput: Sendable, Equatable {
    /// The caller's own key for the document, echoed in its output line (nil when the input had none).
    public var id: String?
    /// The source as `run` names it (a path relative to the config folder, or a URL): `doc_id` is derived from it.
    public var source: String
    /// The page's URL, when it came from the web.
    public var url: String?
    /// The document's bytes as received.
    public var bytes: [UInt8]
    /// The transport's charset (an HTTP `Content-Type` charset), which beats the page's own `<meta>`; nil for files.
    public var charsetHint: String?
    /// When the bytes were fetched, ISO 8601, if known.
    public var fetched: String?
    /// When the bytes are known well-formed UTF-8 (a JSON string's content), their count of multi-byte sequences.
    public var utf8Multibyte: Int?

    /// Creates an input document.
    public init(id: String? = nil, source: String, url: String? = nil, bytes: [UInt8], charsetHint: String? = nil,
                fetched: String? = nil, utf8Multibyte: Int? = nil) {
        self.id = id
        self.source = source
        self.url = url
        self.bytes = bytes
        self.charsetHint = charsetHint
        self.fetched = fetched
        self.utf8Multibyte = utf8Multibyte
    }

    /// The stable id `run` gives the same source.
    public var docID: String { DocumentID.make(source: source) }
}
