/// A short lower-case ASCII name (≤ 24 bytes) packed into integers, so id/class parts are looked up without allocating.
struct NameKey: Hashable, Sendable {
    /// Bytes 0–7.
    var w0: UInt64 = 0
    /// Bytes 8–15.
    var w1: UInt64 = 0
    /// Bytes 16–23.
    var w2: UInt64 = 0
    /// Number of bytes.
    var length: UInt8 = 0

    /// Longest name that fits.
    static let capacity = 24

    /// Packs `bytes[range]`; nil when it is too long to be any name in the tables.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= NameKey.capacity else { return nil }
        length = UInt8(range.count)
        for (offset, i) in range.enumerated() {
            let shifted = UInt64(bytes[i]) << UInt64((offset % 8) * 8)
            switch offset / 8 {
            case 0: w0 |= shifted
            case 1: w1 |= shifted
            default: w2 |= shifted
            }
        }
    }

    /// Packs a table name (lower-cased); nil when it is too long.
    init?(_ name: String) {
        let bytes = Array(name.lowercased().utf8)
        guard let key = bytes.withUnsafeBufferPointer({ NameKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}
