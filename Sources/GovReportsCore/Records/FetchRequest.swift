/// The fetch stage's input: the document to fetch and, for a URL, the stored record whose bytes are still on disk
/// (its validators make the GET conditional, and an unchanged body keeps its identity).
public struct FetchRequest: Sendable {
    /// The document as resolved from the sources.
    public var document: SourceDocument
    /// The last good fetch record whose raw bytes are still stored and match it; nil for files or a first fetch.
    public var previous: FetchRecord?

    /// Creates a request.
    public init(document: SourceDocument, previous: FetchRecord? = nil) {
        self.document = document
        self.previous = previous
    }
}
