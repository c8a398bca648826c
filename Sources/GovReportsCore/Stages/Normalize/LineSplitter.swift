/// Splits text into folded, trimmed, non-empty lines with inner space runs collapsed.
public enum LineSplitter {
    /// One pass over the scalars: fold widths, split on line breaks, trim, collapse spaces, drop empty lines.
    public static func lines(_ text: String, fullWidth: Bool) -> [String] {
        var text = text
        var starts: [Int]? = nil
        return text.withUTF8 { lines(utf8: $0, fullWidth: fullWidth, lineStarts: &starts) }
    }

    /// `lines(_:fullWidth:)` that also gives, for each `\n`-separated line of `text`, the index of the first output
    /// line at or after its start (so a place among the input's lines becomes a place among the output's).
    static func lines(_ text: String, fullWidth: Bool, lineStarts: inout [Int]) -> [String] {
        var text = text
        var starts: [Int]? = [0]
        let out = text.withUTF8 { lines(utf8: $0, fullWidth: fullWidth, lineStarts: &starts) }
        lineStarts = starts ?? [0]
        return out
    }

    /// `lines(_:fullWidth:)` over UTF-8 bytes.
    static func lines(utf8 bytes: UnsafeBufferPointer<UInt8>, fullWidth: Bool) -> [String] {
        var starts: [Int]? = nil
        return lines(utf8: bytes, fullWidth: fullWidth, lineStarts: &starts)
    }

    /// `lines(_:fullWidth:)` over the UTF-8 of a `String` (well-formed by construction): each line is built as
    /// bytes and becomes a `String` once, as appending scalars to a `String` one by one was most of normalize's time.
    /// With `lineStarts` non-nil, the output line count is appended to it at every `\n`.
    static func lines(utf8 bytes: UnsafeBufferPointer<UInt8>, fullWidth: Bool, lineStarts: inout [Int]?) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(512)
        var pendingSpace = false
        /// Ends the line being built.
        func flush() {
            if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            // A run of visible ASCII and CJK ideographs (leads E4–E9: U+4000–U+9FFF, which no rule folds or drops)
            // is copied in one piece; everything else goes scalar by scalar below.
            var runEnd = i
            while runEnd < n {
                let b = bytes[runEnd]
                if b >= 0x21 && b <= 0x7E {
                    runEnd += 1
                } else if b >= 0xE4 && b <= 0xE9 && runEnd + 2 < n {
                    runEnd += 3
                } else {
                    break
                }
            }
            if runEnd > i {
                if pendingSpace { current.append(0x20); pendingSpace = false }
                current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<runEnd]))
                i = runEnd
                continue
            }
            if lead < 0x80 {
                i += 1
                switch lead {
                case 0x0A:
                    flush()
                    if lineStarts != nil { lineStarts!.append(lines.count) }
                case 0x0D, 0x0B, 0x0C:
                    flush()
                case 0x20, 0x09:
                    pendingSpace = !current.isEmpty
                case 0x00..<0x20, 0x7F:
                    break
                default:
                    if pendingSpace { current.append(0x20); pendingSpace = false }
                    current.append(lead)
                }
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            let start = i
            i += length
            if value == 0x85 || value == 0x2028 || value == 0x2029 {
                flush()
                continue
            }
            guard var folded = WidthFolder.fold(Unicode.Scalar(value)!, fullWidth: fullWidth) else { continue }
            // `８２．２％`: a full-width full stop between digits is the number's decimal point, folded with its digits.
            if fullWidth, value == WidthFolder.fullWidthFullStop, let last = current.last, last >= 0x30, last <= 0x39,
               i < n, WidthFolder.isDigit(utf8: bytes, at: i) {
                folded = "."
            }
            if folded == " " {
                pendingSpace = !current.isEmpty
                continue
            }
            if folded.value < 0x20 || folded.value == 0x7F { continue }
            if pendingSpace { current.append(0x20); pendingSpace = false }
            if folded.value < 0x80 {
                current.append(UInt8(folded.value))
            } else {
                // Above ASCII the folder returns the scalar unchanged, so its bytes are copied as they are (one
                // by one: a generic append of a three-byte slice cost more than the bytes).
                for k in start..<i { current.append(bytes[k]) }
            }
        }
        flush()
        return lines
    }
}
