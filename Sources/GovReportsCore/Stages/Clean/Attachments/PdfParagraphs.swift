/// Joins a PDF's lines into paragraphs: a line break inside a sentence is not a paragraph. A line continues the
/// one before when that one runs to its block's right edge and this one is not indented; a paragraph split by
/// a page break is joined the same way across the pages' furniture.
struct PdfParagraphs: Sendable {
    /// How far short of the right edge (in line heights, about characters) a line may end and still run on.
    static let shortTolerance = 1.5
    /// How far right of the block's left edge (in line heights) a line must start to be an indented first line.
    static let indentTolerance = 0.8
    /// Sentence-final punctuation: a line ending in one is not continued across a page break.
    static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？；：!?;:".unicodeScalars)

    /// The result: paragraphs, and the furniture lines with the paragraph index each came before.
    struct Result {
        /// Paragraph texts in reading order.
        var paragraphs: [String] = []
        /// Furniture lines removed.
        var removed: [RemovedLine] = []
    }

    /// Assembles `pages`; lines marked in `furniture` are removed, not joined.
    func assemble(_ pages: [PdfPage], furniture: [[Int: String]]) -> Result {
        var boxes: [Int: (left: Double, right: Double, lines: Int)] = [:]
        for page in pages {
            for (i, line) in page.lines.enumerated() where furniture[page.number - 1][i] == nil {
                let b = boxes[line.block] ?? (line.xMin, line.xMax, 0)
                boxes[line.block] = (min(b.left, line.xMin), max(b.right, line.xMax), b.lines + 1)
            }
        }
        var result = Result()
        var current = ""
        var previous: PdfLine?
        var previousPage = 0
        func flush() {
            if !current.isEmpty { result.paragraphs.append(current) }
            current = ""
        }
        for page in pages {
            for (i, line) in page.lines.enumerated() {
                if let rule = furniture[page.number - 1][i] {
                    result.removed.append(RemovedLine(line: line.text, rule: rule,
                                                      beforeLine: result.paragraphs.count + (current.isEmpty ? 0 : 1)))
                    continue
                }
                let text = line.text
                if let prev = previous, continues(prev, line, crossesPage: page.number != previousPage, boxes: boxes) {
                    current = PdfLine.join([current, text])
                } else {
                    flush()
                    current = text
                }
                previous = line
                previousPage = page.number
            }
        }
        flush()
        return result
    }

    /// Whether `line` continues the paragraph `prev` ends.
    func continues(_ prev: PdfLine, _ line: PdfLine, crossesPage: Bool,
                   boxes: [Int: (left: Double, right: Double, lines: Int)]) -> Bool {
        guard let prevBox = boxes[prev.block], let box = boxes[line.block] else { return false }
        let runsOn = prevBox.lines >= 2 && prev.xMax >= prevBox.right - PdfParagraphs.shortTolerance * prev.height
        guard runsOn else { return false }
        if prev.block == line.block {
            return line.xMin <= box.left + PdfParagraphs.indentTolerance * line.height
        }
        guard crossesPage, let last = prev.text.unicodeScalars.last, !PdfParagraphs.sentenceEnds.contains(last) else {
            return false
        }
        let left = box.lines >= 2 ? box.left : prevBox.left
        return line.xMin <= left + PdfParagraphs.indentTolerance * line.height
    }
}
