/// The head of a text input, where a date-only line is its publication date: above the body's first sentence or
/// numbered heading, never the text's last line (a date there is the one under the signature).
enum TextHead {
    /// Scalars that end a sentence: a line holding one is body text, and the head ends above it.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？"]

    /// The first `limit` lines that may hold the publication date: cut at the first line with a sentence end or a
    /// list marker (`一、`; a heading starts the body), and without the text's last line. In a report of a handful
    /// of lines the signature date falls inside `limit`; bounding the head by position keeps it out of `published`.
    static func dateLines(_ lines: [String], limit: Int) -> [String] {
        var out: [String] = []
        for (i, line) in lines.prefix(limit).enumerated() {
            if i == lines.count - 1 || line.unicodeScalars.contains(where: sentenceEnds.contains)
                || (i > 0 && ListMarker.starts(line)) { break }
            out.append(line)
        }
        return out
    }
}
