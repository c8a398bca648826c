/// JSON string encoding into a byte buffer, shared by the dataset writers and the stage-record writer.
enum JSONText {
    /// Hex digits for `\u00XX` escapes.
    private static let hex = Array("0123456789abcdef".utf8)

    /// The byte a one-character JSON escape (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`) stands for, given the
    /// byte after the backslash; nil for `u` (four hex digits follow) and for anything JSON does not allow.
    static func unescapedByte(_ escape: UInt8) -> UInt8? {
        switch escape {
        case 0x22, 0x5C, 0x2F: return escape
        case 0x62: return 0x08
        case 0x66: return 0x0C
        case 0x6E: return 0x0A
        case 0x72: return 0x0D
        case 0x74: return 0x09
        default: return nil
        }
    }

    /// Appends `s` as a JSON string literal: UTF-8 passes through, slashes stay, and quotes, backslashes and
    /// control characters are escaped exactly as `JSONEncoder` does, so hand-written records hash identically.
    static func appendString(_ s: String, to buffer: inout [UInt8]) {
        var s = s
        // `withUTF8` gives the string's own bytes (native strings need no copy); iterating `utf8` generically
        // was most of the time export spent on JSON.
        s.withUTF8 { appendString(bytes: $0, to: &buffer) }
    }

    /// Appends UTF-8 bytes as a JSON string literal, copying the runs between escapes in one go each.
    static func appendString(bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        buffer.append(0x22)
        var runStart = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                i += 1
                continue
            }
            if i > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            buffer.append(0x5C)
            switch b {
            case 0x22: buffer.append(0x22)
            case 0x5C: buffer.append(0x5C)
            case 0x0A: buffer.append(0x6E)
            case 0x0D: buffer.append(0x72)
            case 0x09: buffer.append(0x74)
            case 0x08: buffer.append(0x62)
            case 0x0C: buffer.append(0x66)
            default:
                buffer.append(0x75)
                buffer.append(0x30)
                buffer.append(0x30)
                buffer.append(hex[Int(b >> 4)])
                buffer.append(hex[Int(b & 0xF)])
            }
            i += 1
            runStart = i
        }
        if n > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n])) }
        buffer.append(0x22)
    }
}
