/// Byte- and scalar-level helpers for the clean stage's hot paths (no `Character` iteration).
enum TextScan {
    /// Number of Unicode scalars in `text`, counted from its UTF-8 lead bytes.
    static func scalarCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether `scalar` is blank for line trimming (ASCII whitespace, U+3000, U+00A0, BOM, zero-width space).
    @inline(__always)
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0xFEFF, 0x200B: return true
        default: return false
        }
    }

    /// `text` without blank scalars at either end.
    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        return String(scalars[first...last])
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
        return copy.withUTF8 { hay in
            guard needle.count <= hay.count, let first = needle.first else { return false }
            var i = 0
            let end = hay.count - needle.count
            while i <= end {
                if hay[i] == first {
                    var j = 1
                    while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
                i += 1
            }
            return false
        }
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
