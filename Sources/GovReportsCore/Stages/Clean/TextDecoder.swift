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
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from charsetName: String) -> DecodedText {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return DecodedText(utf8: [], replacements: 0) }
        let cd = iconv_open("UTF-8", charsetName)
        if Int(bitPattern: cd) == -1 {
            // glibc always ships GB18030; without iconv we can still keep ASCII and mark the rest.
            return repairUTF8(bytes)
        }
        defer { iconv_close(cd) }
        // GB18030 → UTF-8 grows at most 3/2; a replaced byte grows 1 → 3.
        var capacity = bytes.count * 2 + 64
        var out = [UInt8](repeating: 0, count: capacity)
        var written = 0
        var bad = 0
        var inPtr = UnsafeMutablePointer(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
        var inLeft = bytes.count
        while inLeft > 0 {
            if capacity - written < 16 {
                capacity *= 2
                out.append(contentsOf: [UInt8](repeating: 0, count: capacity - out.count))
            }
            let (result, err, produced) = out.withUnsafeMutableBytes { raw -> (Int, Int32, Int) in
                var outPtr: UnsafeMutablePointer<CChar>? = raw.baseAddress!.advanced(by: written)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = capacity - written
                let before = outLeft
                var inOpt: UnsafeMutablePointer<CChar>? = inPtr
                let r = iconv(cd, &inOpt, &inLeft, &outPtr, &outLeft)
                let e = errno
                inPtr = inOpt!
                return (r, e, before - outLeft)
            }
            written += produced
            if result != -1 { break }
            switch err {
            case E2BIG:
                continue
            default:
                // EILSEQ (bad sequence) or EINVAL (truncated at the end): replace one byte and resync.
                if capacity - written < 3 {
                    capacity *= 2
                    out.append(contentsOf: [UInt8](repeating: 0, count: capacity - out.count))
                }
                out[written] = 0xEF
                out[written + 1] = 0xBF
                out[written + 2] = 0xBD
                written += 3
                bad += 1
                inPtr += 1
                inLeft -= 1
            }
        }
        out.removeSubrange(written...)
        return DecodedText(utf8: out, replacements: bad)
    }
}
