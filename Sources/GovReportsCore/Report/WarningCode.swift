/// Groups free-text warnings into codes for the overview (until diagnostics carry codes of their own): the message
/// with numbers, quoted parts and parenthesized asides each replaced by `#`, e.g.
/// `replaced # invalid byte(s) with U+FFFD while decoding gb#`.
enum WarningCode {
    /// Longest code kept, in scalars; longer messages are cut there.
    static let maxLength = 80

    /// The code of one warning.
    static func code(_ warning: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasHash = false
        var inQuote = false
        var parenDepth = 0
        var previous: Unicode.Scalar = " "
        func hash() {
            if !lastWasHash { out.append("#"); lastWasHash = true }
        }
        for s in warning.unicodeScalars {
            defer { previous = s }
            if inQuote {
                if s == "'" || s == "\u{201D}" || s == "\u{300B}" { inQuote = false }
                continue
            }
            if parenDepth > 0 {
                if s == "(" { parenDepth += 1 } else if s == ")" { parenDepth -= 1 }
                continue
            }
            if s == "'" || s == "\u{201C}" || s == "\u{300A}" { inQuote = true; hash(); continue }
            // An aside opens after a space (`stopped early (libxml2: …)`); `byte(s)` is part of the wording.
            if s == "(" && previous == " " { parenDepth = 1; hash(); continue }
            if ("0"..."9").contains(s) || (s == "." && lastWasHash) { hash(); continue }
            out.append(s)
            lastWasHash = false
            if out.count >= maxLength { break }
        }
        var code = Substring(String(out))
        while code.first == " " { code = code.dropFirst() }
        while code.last == " " { code = code.dropLast() }
        return code.isEmpty ? "other" : String(code)
    }
}
