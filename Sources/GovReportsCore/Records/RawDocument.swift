/// The clean stage's input: one document's raw bytes with the fetch record that names them.
public struct RawDocument: Sendable {
    /// Doc id, source and the transport's charset hint.
    public var record: FetchRecord
    /// The bytes as fetched.
    public var bytes: [UInt8]
    /// When `bytes` are known well-formed UTF-8, their count of multi-byte sequences, so clean's charset check need
    /// not walk them again (a stream line's JSON string was checked as it was read); nil when unknown.
    public var utf8Multibyte: Int?

    /// Creates a raw document.
    public init(record: FetchRecord, bytes: [UInt8], utf8Multibyte: Int? = nil) {
        self.record = record
        self.bytes = bytes
        self.utf8Multibyte = utf8Multibyte
    }
}
