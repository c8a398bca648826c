#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts document bytes to well-formed UTF-8, replacing each bad byte with U+FFFD instead of failing.
enum TextDecoder {
    /// UTF-8 of U+FFFD REPLACEMENT CHARACTER.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Decodes `bytes` (BOM already skipped) from `charset`; `knownInvalid` = 0 lets valid UTF-8 pass untouched.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, charset: TextCharset, knownInvalid: Int?) -> DecodedText {
        switch charset {
        case .utf8:
            if knownInvalid == 0 { return DecodedText(utf8: Array(bytes), replacements: 0) }
            return repairUTF8(bytes)
        case .gb18030:
            return convert(bytes, from: "GB18030")
        case .utf16le, .utf16be, .utf32le, .utf32be:
            return WideUnicodeDecoder.decode(bytes, charset: charset) ?? repairUTF8(bytes)
        }
    }

    /// Copies `bytes`, replacing every byte that starts no well-formed sequence with U+FFFD.
    static func repairUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> DecodedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var bad = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b)
                i += 1
                continue
            }
            let length = UTF8Check.sequenceLength(bytes, at: i)
            if length == 0 {
                out.append(contentsOf: replacement)
                bad += 1
                i += 1
            } else {
                out.append(contentsOf: bytes[i..<(i + length)])
                i += length
            }
        }
        return DecodedText(utf8: out, replacements: bad)
    }

    /// Converts with iconv; at a bad or truncated sequence emits U+FFFD, skips one byte and goes on.
    /// iconv decodes into code points (`WCHAR_T`, glibc's internal UCS-4: one conversion step) and they are written
    /// as UTF-8 here, because glibc's own internal → UTF-8 step took longer than the GB18030 decoding itself.
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from charsetName: String) -> DecodedText {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return DecodedText(utf8: [], replacements: 0) }
        let cd = MemoryLayout<wchar_t>.size == 4 ? iconv_open("WCHAR_T", charsetName) : iconv_t(bitPattern: -1)
        if Int(bitPattern: cd) == -1 {
            // glibc always ships GB18030; without iconv we can still keep ASCII and mark the rest.
            return repairUTF8(bytes)
        }
        defer { iconv_close(cd) }
        // Every input byte yields at most one code point (a replaced byte yields U+FFFD), so one slot per byte is
        // enough; the buffer still grows on E2BIG rather than trust that.
        var points = [UInt32](repeating: 0, count: bytes.count + 1)
        var count = 0
        var bad = 0
        var inPtr = UnsafeMutablePointer(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
        var inLeft = bytes.count
        while inLeft > 0 {
            if points.count - count < 2 { points += [UInt32](repeating: 0, count: points.count) }
            let (result, err, produced) = points.withUnsafeMutableBytes { raw -> (Int, Int32, Int) in
                var outPtr: UnsafeMutablePointer<CChar>? = raw.baseAddress!.advanced(by: count * 4)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = raw.count - count * 4
                let before = outLeft
                var inOpt: UnsafeMutablePointer<CChar>? = inPtr
                let r = iconv(cd, &inOpt, &inLeft, &outPtr, &outLeft)
                let e = errno
                inPtr = inOpt!
                return (r, e, (before - outLeft) / 4)
            }
            count += produced
            if result != -1 { break }
            if err == E2BIG { continue }
            // EILSEQ (bad sequence) or EINVAL (truncated at the end): replace one byte and resync.
            if count == points.count { points.append(0xFFFD) } else { points[count] = 0xFFFD }
            count += 1
            bad += 1
            inPtr += 1
            inLeft -= 1
        }
        var invalidPoints = 0
        let utf8 = points.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: count * 4) { buffer, written in
                let out = buffer.baseAddress!
                let src = source.baseAddress!
                var n = 0
                for i in 0..<count {
                    var v = src[i]
                    if v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) {
                        v = 0xFFFD
                        invalidPoints += 1
                    }
                    n = ScalarString.encode(v, into: out, at: n)
                }
                written = n
            }
        }
        return DecodedText(utf8: utf8, replacements: bad + invalidPoints)
    }
}
