/// Where a WARC record starts in its archive file: the byte offset of the gzip member holding its first byte (the
/// offset CDX indexes and `warcio index` print), plus how far into that member's decompressed bytes it starts (0
/// for the usual one-member-per-record file; for a whole-file gzip the member is the file and this is the record's
/// offset in the decompressed stream). For an uncompressed file `member` is the record's byte offset and `inner` 0.
public struct WARCPosition: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Byte offset in the file of the gzip member (or, uncompressed, of the record).
    public var member: Int
    /// Decompressed bytes between the member's start and the record's start.
    public var inner: Int

    /// Creates a position.
    public init(member: Int, inner: Int = 0) {
        self.member = member
        self.inner = inner
    }

    /// File order.
    public static func < (a: WARCPosition, b: WARCPosition) -> Bool {
        (a.member, a.inner) < (b.member, b.inner)
    }

    /// "offset 1234", or "offset 0 (+5678 decompressed)" inside a whole-file gzip.
    public var description: String {
        inner == 0 ? "offset \(member)" : "offset \(member) (+\(inner) decompressed)"
    }
}
