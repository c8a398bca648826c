/// The fetch stage's output: the metadata record and, when they differ from what the store holds, the raw bytes.
public struct FetchedDocument: Sendable {
    /// The metadata record stored as `output/stages/fetch/<doc_id>.json`.
    public var record: FetchRecord
    /// Bytes to store as `<doc_id>.raw`; nil when the stored bytes are confirmed current (a 304, or a 200 with the
    /// same SHA-256), so the raw file is left untouched.
    public var bytes: [UInt8]?

    /// Creates a fetch output.
    public init(record: FetchRecord, bytes: [UInt8]?) {
        self.record = record
        self.bytes = bytes
    }
}
