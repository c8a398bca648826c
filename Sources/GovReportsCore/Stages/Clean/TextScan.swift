/// Byte- and scalar-level helpers for the clean stage's hot paths (no `Character` iteration).
enum TextScan {
    /// Whether `text` has more than `limit` Unicode scalars, stopping once it knows (the byte count bounds it).
    static func scalarCount(_ text: String, exceeds limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes <= limit { return false }
        if bytes > 4 * limit { return true }
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 {
            count += 1
            if count > limit { return true }
        }
        return false
    }

    /// Whether `scalar` is blank for line trimming (ASCII whitespace, U+3000, U+00A0, BOM, zero-width space).
    @inline(__always)
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0xFEFF, 0x200B: return true
        default: return false
        }
    }

    /// `text` with every white-space scalar (of any width) removed.
    static func withoutWhitespace(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// `text` without blank scalars at either end.
    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        return String(scalars[first...last])
    }

    /// The lines of `text`, split at LF, CR or CRLF by scanning UTF-8 bytes.
    static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A || byte == 0x0D {
                result.append(Substring(utf8[start..<i]))
                var next = utf8.index(after: i)
                if byte == 0x0D && next != utf8.endIndex && utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                i = next
            } else {
                i = utf8.index(after: i)
            }
        }
        if start != utf8.endIndex { result.append(Substring(utf8[start...])) }
        return result
    }

    /// `text` without blank scalars at either end.
    static func trimmed(_ text: String) -> String {
        trimmed(text[...])
    }

    /// Whether the line ends with sentence punctuation, which chrome lines never do.
    static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        switch last.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B: return true // 。！？；!?;
        default: return false
        }
    }

    /// Whether the UTF-8 of `text` contains `needle` (raw byte search, for cheap prefilters).
    static func contains(_ text: String, bytes needle: [UInt8]) -> Bool {
        var copy = text
        return copy.withUTF8 { ByteSearch.contains(needle, in: $0) }
    }

    /// Whether `text` has a run of at least four ASCII digits (a year, for date prefilters).
    static func hasFourDigits(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run >= 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// Whether the line holds at least one letter, digit or CJK character (not just punctuation).
    static func hasWordContent(_ line: String) -> Bool {
        for scalar in line.unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) { return true }
        }
        return false
    }
}
