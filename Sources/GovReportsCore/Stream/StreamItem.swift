/// What a stream reader yields per input item: a document to run, or an item that is not one.
public enum StreamItem: Sendable, Equatable {
    /// A document for the chain.
    case document(StreamInput)
    /// An item that could not be read as a document.
    case rejected(StreamRejection)
}
