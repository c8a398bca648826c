/// The bytes of a record's block (or their first part) as `WARCReader.readBlock` read them.
public struct WARCBlock: Sendable, Equatable {
    /// The bytes read.
    public var bytes: [UInt8]
    /// Every byte of the block is in `bytes` (false when the block is longer than the limit asked for, or cut short).
    public var isWhole: Bool
    /// The archive ended (or its gzip member broke) before the block did; the record is lost.
    public var isTruncated: Bool

    /// Creates a block.
    public init(bytes: [UInt8], isWhole: Bool, isTruncated: Bool) {
        self.bytes = bytes
        self.isWhole = isWhole
        self.isTruncated = isTruncated
    }
}
