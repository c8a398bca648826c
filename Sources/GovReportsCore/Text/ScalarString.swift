/// Makes a `String` from a run of Unicode scalars by writing their UTF-8 straight into the string's storage:
/// `String(String.UnicodeScalarView(run))` appended scalar by scalar and showed up across extract's profile.
enum ScalarString {
    /// The string of `scalars`, scalar for scalar.
    static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        make(values: scalars.lazy.map(\.value))
    }

    /// The string of valid scalar values (as `QuantityScanner.scalars(of:)` decodes them).
    static func make<C: Collection>(values: C) -> String where C.Element == UInt32 {
        let capacity = values.count * 4
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            let out = buffer.baseAddress!
            var n = 0
            for value in values { n = encode(value, into: out, at: n) }
            return n
        }
    }

    /// Writes the UTF-8 of the valid scalar value `v` at `out[n...]` (room for four bytes) and returns the index
    /// after it.
    @inline(__always)
    static func encode(_ v: UInt32, into out: UnsafeMutablePointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 {
            out[n] = UInt8(truncatingIfNeeded: v)
            return n + 1
        }
        if v < 0x800 {
            out[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return n + 2
        }
        if v < 0x10000 {
            out[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return n + 3
        }
        out[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
        out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
        out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
        out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return n + 4
    }
}
