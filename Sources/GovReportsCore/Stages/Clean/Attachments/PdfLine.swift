/// One text line of a PDF page as the reader laid it out: its words, box and the block it belongs to.
struct PdfLine: Sendable, Equatable {
    /// The words, left to right.
    var words: [PdfWord]
    /// The reader's block (a run of lines it groups together), numbered across the document.
    var block: Int
    /// Left edge.
    var xMin: Double
    /// Top edge.
    var yMin: Double
    /// Right edge.
    var xMax: Double
    /// Bottom edge.
    var yMax: Double

    /// The furniture rule that removes this line (a running header or footer, a page number), or nil for body text.
    var furniture: String?
    /// Whether this line is a table row the table finder made (its cells tab-joined); it is never joined.
    var isRowLine = false

    /// A line from its words; the box is theirs.
    init(words: [PdfWord], block: Int, isRowLine: Bool = false) {
        self.words = words
        self.block = block
        self.isRowLine = isRowLine
        xMin = words.map(\.xMin).min() ?? 0
        yMin = words.map(\.yMin).min() ?? 0
        xMax = words.map(\.xMax).max() ?? 0
        yMax = words.map(\.yMax).max() ?? 0
    }

    /// The line's height, which is about its font size (one CJK character is as wide as it is tall).
    var height: Double { max(yMax - yMin, 1) }

    /// The words joined: no space where either side is CJK (a CJK sentence has none; a font change split it),
    /// one space between two words of other scripts.
    var text: String { isRowLine ? words.map(\.text).joined(separator: "\t") : PdfLine.join(words.map(\.text)) }

    /// Joins pieces of text the way `text` does.
    static func join(_ pieces: [String]) -> String {
        var out = ""
        for piece in pieces where !piece.isEmpty {
            if let last = out.unicodeScalars.last, let first = piece.unicodeScalars.first,
               !isCJK(last) && !isCJK(first) {
                out += " "
            }
            out += piece
        }
        return out
    }

    /// Whether a scalar is CJK text or punctuation, across which words are written without spaces.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x2E80...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFFEF).contains(v) || (0x20000...0x3FFFF).contains(v) || (0x2000...0x206F).contains(v)
    }
}
