/// Decodes UTF-16 and UTF-32 (either byte order, BOM already skipped) to UTF-8, replacing a lone surrogate, an
/// out-of-range value or a trailing partial code unit with U+FFFD and staying aligned on code units.
enum WideUnicodeDecoder {
    /// Decodes `bytes` as the wide `charset`; nil for a charset that is not UTF-16 or UTF-32.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, charset: TextCharset) -> DecodedText? {
        switch charset {
        case .utf16le: return utf16(bytes, bigEndian: false)
        case .utf16be: return utf16(bytes, bigEndian: true)
        case .utf32le: return utf32(bytes, bigEndian: false)
        case .utf32be: return utf32(bytes, bigEndian: true)
        case .utf8, .gb18030: return nil
        }
    }

    /// UTF-16 code units to UTF-8.
    private static func utf16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> DecodedText {
        let units = bytes.count / 2
        var bad = bytes.count % 2
        // A BMP code point takes at most 3 UTF-8 bytes per 2 input bytes; a surrogate pair 4 per 4.
        let capacity = units * 3 + 3
        var pending: UInt32?
        let utf8 = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, written in
            let out = buffer.baseAddress!
            var n = 0
            for i in 0..<units {
                let a = UInt32(bytes[2 * i])
                let b = UInt32(bytes[2 * i + 1])
                let unit = bigEndian ? (a << 8 | b) : (b << 8 | a)
                if let high = pending {
                    pending = nil
                    if unit >= 0xDC00 && unit <= 0xDFFF {
                        n = ScalarString.encode(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), into: out, at: n)
                        continue
                    }
                    n = ScalarString.encode(0xFFFD, into: out, at: n)
                    bad += 1
                }
                if unit >= 0xD800 && unit <= 0xDBFF {
                    pending = unit
                } else if unit >= 0xDC00 && unit <= 0xDFFF {
                    n = ScalarString.encode(0xFFFD, into: out, at: n)
                    bad += 1
                } else {
                    n = ScalarString.encode(unit, into: out, at: n)
                }
            }
            if pending != nil || bytes.count % 2 != 0 {
                n = ScalarString.encode(0xFFFD, into: out, at: n)
                if pending != nil { bad += 1 }
            }
            written = n
        }
        return DecodedText(utf8: utf8, replacements: bad)
    }

    /// UTF-32 code units to UTF-8.
    private static func utf32(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> DecodedText {
        let units = bytes.count / 4
        let tail = bytes.count % 4
        var bad = tail > 0 ? 1 : 0
        let utf8 = [UInt8](unsafeUninitializedCapacity: units * 4 + 3) { buffer, written in
            let out = buffer.baseAddress!
            var n = 0
            for i in 0..<units {
                var v: UInt32 = 0
                for k in 0..<4 {
                    let byte = UInt32(bytes[4 * i + (bigEndian ? k : 3 - k)])
                    v = v << 8 | byte
                }
                if v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) {
                    v = 0xFFFD
                    bad += 1
                }
                n = ScalarString.encode(v, into: out, at: n)
            }
            if tail > 0 { n = ScalarString.encode(0xFFFD, into: out, at: n) }
            written = n
        }
        return DecodedText(utf8: utf8, replacements: bad)
    }
}
