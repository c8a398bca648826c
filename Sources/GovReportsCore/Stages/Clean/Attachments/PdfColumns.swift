/// Puts the lines of a multi-column page in reading order when the reader interleaved the columns: when a gutter
/// (a vertical strip no line crosses) parts most of a page's lines into a left and a right column, each stretch
/// between full-width lines is read left column first, then right column.
struct PdfColumns: Sendable {
    /// The gutter is looked for between these shares of the page width.
    static let gutterSearch = (0.3, 0.7)
    /// The share of a page's lines that must lie wholly on one side of the gutter.
    static let columnShare = 0.6
    /// The fewest lines each column must have.
    static let minimumColumnLines = 3
    /// The gutter positions tried, as steps across the search band.
    static let steps = 40

    /// `page` with its lines reordered, or unchanged when it has no two columns.
    func order(_ page: PdfPage) -> PdfPage {
        let lines = page.lines.filter { !$0.isRowLine && $0.furniture == nil }
        guard lines.count >= 2 * PdfColumns.minimumColumnLines, page.width > 0 else { return page }
        var best: (x: Double, left: Int, right: Int)?
        for step in 0...PdfColumns.steps {
            let share = PdfColumns.gutterSearch.0 + (PdfColumns.gutterSearch.1 - PdfColumns.gutterSearch.0) * Double(step) / Double(PdfColumns.steps)
            let x = page.width * share
            let left = lines.filter { $0.xMax <= x }.count
            let right = lines.filter { $0.xMin >= x }.count
            guard left >= PdfColumns.minimumColumnLines, right >= PdfColumns.minimumColumnLines,
                  Double(left + right) >= PdfColumns.columnShare * Double(lines.count) else { continue }
            if best == nil || left + right > best!.left + best!.right { best = (x, left, right) }
        }
        guard let gutter = best?.x else { return page }
        var out: [PdfLine] = []
        var leftColumn: [PdfLine] = []
        var rightColumn: [PdfLine] = []
        func flush() {
            out += leftColumn.sorted { $0.yMin < $1.yMin } + rightColumn.sorted { $0.yMin < $1.yMin }
            leftColumn = []
            rightColumn = []
        }
        // Full-width lines (a title, a table row) cut the page into stretches, taken top to bottom.
        for line in page.lines.sorted(by: { $0.yMin < $1.yMin }) {
            if line.furniture != nil {
                flush()
                out.append(line)
            } else if line.xMax <= gutter {
                leftColumn.append(line)
            } else if line.xMin >= gutter {
                rightColumn.append(line)
            } else {
                flush()
                out.append(line)
            }
        }
        flush()
        var reordered = page
        reordered.lines = out
        return reordered
    }
}
