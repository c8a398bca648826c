/// Joins a PDF's lines into paragraphs: a line break inside a sentence is not a paragraph. A line continues the
/// one before when that one runs to its column's right edge, this one is not indented from the column's left
/// edge, and nothing but ordinary line spacing lies between them; a paragraph broken by a page or column break is
/// joined the same way when the line before does not end a sentence. The column's edges are read from the lines
/// around each line (readers split paragraphs into blocks unpredictably, so blocks are not trusted).
struct PdfParagraphs: Sendable {
    /// How far short of the right edge (in line heights, about characters) a line may end and still run on.
    static let shortTolerance = 1.5
    /// The same for a line that stops mid-sentence: a number or a Latin word too wide for the rest of the line
    /// went to the next one.
    static let midSentenceTolerance = 4.0
    /// How far right of the left edge (in line heights) a line must start to be an indented first line.
    static let indentTolerance = 0.8
    /// The widest vertical gap (in line heights) between two lines of one paragraph.
    static let maxLineGap = 1.5
    /// The share of a column's lines whose right ends lie left of its edge (a title or a wide line is not the edge).
    static let edgeQuantile = 0.85
    /// Sentence-final punctuation: a line ending in one is not continued across a page or column break.
    static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？；：!?;:".unicodeScalars)

    /// The result: paragraphs, and the furniture lines with the paragraph index each came before.
    struct Result {
        /// Paragraph texts in reading order.
        var paragraphs: [String] = []
        /// Furniture lines removed.
        var removed: [RemovedLine] = []
        /// The tallest line height of each paragraph and the page it starts on (a title is set larger).
        var heights: [(height: Double, page: Int)] = []
    }

    /// A line's column edges on its page.
    struct Edges {
        /// The column's left edge.
        var left: Double
        /// The column's right edge.
        var right: Double
    }

    /// Assembles `pages`; furniture lines are removed, not joined.
    func assemble(_ pages: [PdfPage]) -> Result {
        var result = Result()
        var current = ""
        var previous: (line: PdfLine, edges: Edges, page: Int)?
        var tallest = (height: 0.0, page: 0)
        func flush() {
            if !current.isEmpty {
                result.paragraphs.append(current)
                result.heights.append(tallest)
            }
            current = ""
            tallest = (0, 0)
        }
        let everything = pages.flatMap(\.lines).filter { $0.furniture == nil }
        for page in pages {
            let body = page.lines.filter { $0.furniture == nil }
            for line in page.lines {
                if let rule = line.furniture {
                    result.removed.append(RemovedLine(line: line.text, rule: rule,
                                                      beforeLine: result.paragraphs.count + (current.isEmpty ? 0 : 1)))
                    continue
                }
                if line.isRowLine {
                    flush()
                    result.paragraphs.append(line.text)
                    previous = nil
                    continue
                }
                // A page of a few lines (a report's last) shows no column: the document's lines do.
                let edges = PdfParagraphs.edges(of: line, among: body, or: everything)
                if let prev = previous, continues(prev.line, prev.edges, line, edges, newFlow: prev.page != page.number)
                    || wrapsCentred(prev.line, line, edges, newFlow: prev.page != page.number) {
                    current = PdfLine.join([current, line.text])
                } else {
                    flush()
                    current = line.text
                    tallest.page = page.number
                }
                tallest.height = max(tallest.height, line.height)
                previous = (line, edges, page.number)
            }
        }
        flush()
        return result
    }

    /// The column edges of `line`: quantiles of the ends of the page's lines that overlap it horizontally.
    static func edges(of line: PdfLine, among lines: [PdfLine], or all: [PdfLine]) -> Edges {
        var column = lines.filter { !$0.isRowLine && $0.xMin < line.xMax && $0.xMax > line.xMin }
        if column.count < 3 { column = all.filter { !$0.isRowLine && $0.xMin < line.xMax && $0.xMax > line.xMin } }
        guard column.count >= 3 else {
            return Edges(left: column.map(\.xMin).min() ?? line.xMin, right: column.map(\.xMax).max() ?? line.xMax)
        }
        let rights = column.map(\.xMax).sorted()
        let lefts = column.map(\.xMin).sorted()
        let k = min(rights.count - 1, Int(Double(rights.count - 1) * edgeQuantile))
        return Edges(left: lefts[rights.count - 1 - k], right: rights[k])
    }

    /// Whether `line` is the wrapped rest of a centred line (a title set over two lines): centred on the same axis
    /// as `prev`, in the same size, right below it, `prev` not ending a sentence.
    func wrapsCentred(_ prev: PdfLine, _ line: PdfLine, _ edges: Edges, newFlow: Bool) -> Bool {
        guard !newFlow, !prev.isRowLine else { return false }
        let h = line.height
        let sameSize = abs(prev.height - h) <= PdfParagraphs.sizeTolerance * h
        let axis = abs((prev.xMin + prev.xMax) / 2 - (line.xMin + line.xMax) / 2) <= h
        let centred = abs((line.xMin - edges.left) - (edges.right - line.xMax)) <= h && line.xMin > edges.left + h
        let gap = line.yMin - prev.yMax
        let endsSentence = prev.text.unicodeScalars.last.map { PdfParagraphs.sentenceEnds.contains($0) } ?? true
        return sameSize && axis && centred && gap >= -0.5 * h && gap <= PdfParagraphs.maxLineGap * h && !endsSentence
    }

    /// How much two lines' heights may differ (as a share) and still be one size.
    static let sizeTolerance = 0.1

    /// Whether `line` continues the paragraph `prev` ends.
    func continues(_ prev: PdfLine, _ prevEdges: Edges, _ line: PdfLine, _ edges: Edges, newFlow: Bool) -> Bool {
        let endsSentence = prev.text.unicodeScalars.last.map { PdfParagraphs.sentenceEnds.contains($0) } ?? true
        let tolerance = endsSentence ? PdfParagraphs.shortTolerance : PdfParagraphs.midSentenceTolerance
        guard prev.xMax >= prevEdges.right - tolerance * prev.height else { return false }
        guard line.xMin <= edges.left + PdfParagraphs.indentTolerance * line.height else { return false }
        // Below the line before, by about one line: the same column. Above it: the next column's top.
        let gap = line.yMin - prev.yMax
        if !newFlow && gap >= -prev.height * 0.5 {
            return gap <= PdfParagraphs.maxLineGap * prev.height && line.xMin < prev.xMax && line.xMax > prev.xMin
        }
        return !endsSentence
    }
}
