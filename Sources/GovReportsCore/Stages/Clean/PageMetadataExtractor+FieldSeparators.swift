/// Field separators of a page's info line (`2024年1月30日 · 县教育局 · 阅读 902`): blanked before the line is read
/// for a bare date, so a dot or bar between fields counts as the blank between them.
extension PageMetadataExtractor {
    /// Scalars CMS templates put between the fields of an info line.
    static let infoFieldSeparators: Set<Unicode.Scalar> = ["·", "•", "・", "|", "｜", "丨", "/"]

    /// `line` with each info-field separator that stands between blanks replaced by a blank (a separator glued to
    /// text, as in `2024/01/19`, is part of it and stays).
    static func blankingFieldSeparators(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            let blankBefore = i == 0 || scalars[i - 1].properties.isWhitespace
            let blankAfter = i + 1 == scalars.count || scalars[i + 1].properties.isWhitespace
            out.append(infoFieldSeparators.contains(s) && blankBefore && blankAfter ? " " : s)
        }
        return String(out)
    }
}
