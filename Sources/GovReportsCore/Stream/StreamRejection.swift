/// An input item that is not a document (unparsable JSON, no source, no or several contents, bad base64): it still
/// gets an output line, with an `input-invalid` diagnostic, so nothing is dropped in silence.
public struct StreamRejection: Sendable, Equatable {
    /// Where in the input it stood (`line 12`, or a reader's own position such as a WARC record offset).
    public var position: String
    /// The caller's id, when it could be read.
    public var id: String?
    /// The source, when it could be read.
    public var source: String?
    /// What is wrong, for the diagnostic's message.
    public var reason: String
    /// The reader's own diagnostic for the item (a WARC reader's, naming archive and offset), used instead of the
    /// generic `input-invalid` one.
    public var diagnostic: Diagnostic?

    /// Creates a rejection.
    public init(position: String, id: String? = nil, source: String? = nil, reason: String, diagnostic: Diagnostic? = nil) {
        self.position = position
        self.id = id
        self.source = source
        self.reason = reason
        self.diagnostic = diagnostic
    }

    /// The doc_id of the named source, when there is one.
    public var docID: String? { source.map { DocumentID.make(source: $0) } }
}
