/// The header of one WARC record: its version line, its named fields in order and where it starts in its archive.
public struct WARCRecordHeader: Sendable, Equatable {
    /// `WARC/1.0` or `WARC/1.1`.
    public var version: String
    /// The named fields in the order written.
    public var fields: [WARCField]
    /// Where the record starts.
    public var position: WARCPosition

    /// Creates a header.
    public init(version: String, fields: [WARCField], position: WARCPosition) {
        self.version = version
        self.fields = fields
        self.position = position
    }

    /// The first value of a field, its name compared case-insensitively (as ISO 28500 asks).
    public subscript(name: String) -> String? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }?.value
    }

    /// The block's length in bytes (validated by the reader before the header is handed out).
    public var contentLength: Int { self["Content-Length"].flatMap { Int($0) } ?? 0 }

    /// `response`, `request`, `warcinfo`, `revisit` … lower-cased.
    public var type: String { self["WARC-Type"]?.lowercased() ?? "" }

    /// The record's URI without the angle brackets some writers put around it.
    public var targetURI: String? { self["WARC-Target-URI"].map(Self.unbracketed) }

    /// `WARC-Record-ID`, e.g. `<urn:uuid:…>`.
    public var recordID: String? { self["WARC-Record-ID"] }

    /// `WARC-Date`, ISO 8601 in UTC.
    public var date: String? { self["WARC-Date"] }

    /// A URI with one pair of surrounding `<` `>` removed.
    static func unbracketed(_ value: String) -> String {
        value.hasPrefix("<") && value.hasSuffix(">") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
    }
}
