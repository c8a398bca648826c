/// Tells a box of labelled fields from a data table: when every filled cell is one `label：value` pair (`发布日期：
/// 2024-03-18`, `索引号：…`), the table lays out a page's record fields (an article's metadata box), has no header
/// and no figure of its own to give, and is read as text lines, not as a grid.
enum TableFieldBoxCheck {
    /// Colons that end a field's label.
    static let labelEnds: Set<Unicode.Scalar> = ["：", ":"]
    /// Longest label (scalars) before the colon: longer text is a sentence with a colon in it.
    static let maxLabelScalars = 8
    /// Fewest filled cells that make a box.
    static let minFields = 2

    /// Whether every filled cell of these texts is a field (at least `minFields` of them).
    static func isFieldBox(_ texts: [String]) -> Bool {
        var fields = 0
        for text in texts where !text.isEmpty {
            guard isField(text) else { return false }
            fields += 1
        }
        return fields >= minFields
    }

    /// Whether a cell is `label：value`: a label of 1…`maxLabelScalars` scalars with no digit, its colon, some text.
    static func isField(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let colon = scalars.firstIndex(where: { labelEnds.contains($0) }), colon > 0,
              colon <= maxLabelScalars, colon + 1 < scalars.count else { return false }
        let label = scalars[..<colon]
        guard !label.contains(where: { $0.properties.numericType == .decimal }) else { return false }
        return scalars[(colon + 1)...].contains { !TableGridBuilder.isBlankScalar($0) }
    }
}
