/// The marks a markdown export puts around a whole line (`# 标题`, `**某市统计局**`), taken off a text's head lines
/// (the head reader's copy and the body's first lines, where normalize finds the title) so the title, issuer and
/// date under them are read as on a plain text; lines below the head keep their marks as written.
enum MarkdownMarks {
    /// The most `#` a heading mark has.
    static let maxHeadingLevel = 6
    /// Emphasis wrappers that may enclose a whole line.
    static let wrappers: [String] = ["**", "__"]

    /// `line` without a leading heading mark (`#`…`######` and a space) and without one emphasis wrapper that
    /// encloses all of it; the line itself otherwise.
    static func stripped(_ line: String) -> String {
        var text = Substring(line)
        let hashes = text.prefix { $0 == "#" }.count
        if hashes > 0 && hashes <= maxHeadingLevel {
            let rest = text.dropFirst(hashes)
            if let first = rest.first, first == " " || first == "\u{3000}" {
                text = rest.drop { $0 == " " || $0 == "\u{3000}" }
            }
        }
        for w in wrappers where text.count > 2 * w.count && text.hasPrefix(w) && text.hasSuffix(w) {
            let inner = text.dropFirst(w.count).dropLast(w.count)
            // **a** and **b**: two spans, not one wrapper.
            if !inner.contains(w) { text = inner }
            break
        }
        return text.count == line.count ? line : String(text)
    }

    /// Unmarks a text's head in place: the first line's heading mark (the title) and, within the first `limit`
    /// lines, emphasis wrapping a whole line (the issuer and date under the title). Section headings (`## 一、综合`)
    /// keep their marks, and so does every line past `limit`.
    static func unmarkHead(_ lines: inout [String], limit: Int) {
        guard let first = lines.first, first.hasPrefix("#") || first.hasPrefix("**") || first.hasPrefix("__") else { return }
        for i in lines.indices.prefix(limit) {
            let line = lines[i]
            if i == 0 { lines[i] = stripped(line); continue }
            // Only a whole-line wrapper: a heading mark below the title is a section's.
            guard !line.hasPrefix("#") else { continue }
            lines[i] = stripped(line)
        }
    }
}
