/// Splits report text into the pieces the disclosure text reader tokenizes: lines at `\n`, pieces at a space, a tab,
/// `|`, an ideographic space or `｜`, empty pieces dropped. Splits on Unicode scalars when that gives what the
/// `Character` split gives, which on long report lines was half the reader's cost.
enum DisclosureTextSplitter {
    /// The pieces of every line, in order, as the `Character` split of `text` gives them.
    static func pieces(_ text: String) -> [Substring] {
        guard scalarSplitIsExact(text) else { return characterPieces(text) }
        let scalars = text.unicodeScalars
        var out: [Substring] = []
        var start = scalars.startIndex
        var i = start
        // One pass: a piece ends at `\n` or any separator.
        while i < scalars.endIndex {
            let s = scalars[i]
            if s == "\n" || isPieceSeparator(s) {
                if start < i { out.append(Substring(scalars[start..<i])) }
                start = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        if start < scalars.endIndex { out.append(Substring(scalars[start..<scalars.endIndex])) }
        return out
    }

    /// The same by `Character`: lines at `\n`, then pieces (the reference the scalar split must equal).
    static func characterPieces(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: true).flatMap { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" || $0 == "\u{3000}" || $0 == "｜" })
        }
    }

    /// A scalar that ends a piece.
    private static func isPieceSeparator(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "|" || s == "\u{3000}" || s == "｜"
    }

    /// True when every scalar is its own grapheme cluster as far as the separators go: the text is canonically
    /// inert (no combining marks) and holds no CR (CR LF is one `Character`) and no halfwidth voiced sound mark
    /// U+FF9E/U+FF9F (the only grapheme extenders in the inert ranges).
    static func scalarSplitIsExact(_ text: String) -> Bool {
        guard CanonicallyInert.check(text) else { return false }
        for b in text.utf8 where b == 0x0D { return false }
        return !text.unicodeScalars.contains { $0.value == 0xFF9E || $0.value == 0xFF9F }
    }
}
