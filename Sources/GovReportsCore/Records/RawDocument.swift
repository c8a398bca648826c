/// The clean stage's input: one document's raw bytes with the fetch record that names them.
public struct RawDocument: Sendable {
    /// Doc id, source and the transport's charset hint.
    public var record: FetchRecord
    /// The bytes as fetched.
    public var bytes: [UInt8]

    /// Creates a raw document.
    public init(record: FetchRecord, bytes: [UInt8]) {
        self.record = record
        self.bytes = bytes
    }
}
