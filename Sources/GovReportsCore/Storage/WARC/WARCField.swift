/// One named field of a WARC record header, or of an HTTP message in a record's block.
public struct WARCField: Sendable, Equatable {
    /// The field name as written.
    public var name: String
    /// The value, with surrounding white space removed.
    public var value: String

    /// Creates a field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
