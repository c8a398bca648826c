/// Validates UTF-8 by the Unicode well-formedness table and counts what it sees.
enum UTF8Check {
    /// Invalid bytes (each starts a U+FFFD) and valid multi-byte sequences in `bytes[from...]`; with
    /// `stopAtInvalid` the counts end at the first invalid byte (when only "all valid or not" matters).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stopAtInvalid: Bool = false)
        -> (invalid: Int, multibyte: Int) {
        var invalid = 0
        var multibyte = 0
        var i = start
        let n = bytes.count
        guard let base = bytes.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight ASCII bytes at a time: most of an HTML page is markup.
            if i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            // Common CJK (leads E1–EC take any two continuation bytes): tested inline, without the table.
            if b >= 0xE1 && b <= 0xEC && i + 2 < n && bytes[i + 1] & 0xC0 == 0x80 && bytes[i + 2] & 0xC0 == 0x80 {
                multibyte += 1
                i += 3
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length == 0 {
                invalid += 1
                if stopAtInvalid { break }
                i += 1
            } else {
                multibyte += 1
                i += length
            }
        }
        return (invalid, multibyte)
    }

    /// Length of the well-formed multi-byte sequence starting at `i`, or 0 if the byte there starts none.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = bytes.count
        let b = bytes[i]
        /// Whether byte `i + k` exists and lies in `lo...hi` (a continuation byte by default).
        @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < n && bytes[i + k] >= lo && bytes[i + k] <= hi
        }
        switch b {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
