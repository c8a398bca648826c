/// Tells a layout table of prose from a data table: when every filled cell is a sentence (it ends in a sentence
/// mark) and none is a figure, the table lays out paragraphs, has no header and no value to give, and is read as
/// text, not as a grid.
enum TableProseCheck {
    /// Scalars that end a sentence in a cell.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?"]

    /// Whether these cell texts are all sentences with no figure among them (at least one text).
    static func isProse(_ texts: [String]) -> Bool {
        var any = false
        for text in texts where !text.isEmpty {
            guard !TableNumber.looksNumeric(text), let last = text.unicodeScalars.last,
                  sentenceEnds.contains(last) else { return false }
            any = true
        }
        return any
    }
}
