/// Finds tables in a PDF's layout from its word boxes and turns each into a grid: runs of visual rows (lines on one
/// baseline) that hold two or more cells apart by more than a character, whose cells start at shared column
/// edges. The table's lines are replaced by one line per grid row (cells tab-joined), so the text reads the table
/// row by row as an HTML table's does. A cell that spans rows is drawn at its span's middle: a lone text centred in
/// a run of empty slots of its column is taken as spanning the run (origin in its first row, as HTML writes it).
/// A cell that spans columns sits in its first column. Runs of wide pieces are text columns, not a table.
struct PdfTableFinder: Sendable {
    /// The smallest gap (in line heights) between two cells of one row.
    static let cellGap = 1.0
    /// The widest vertical gap (in line heights) between two rows of one table.
    static let rowGap = 2.5
    /// How close (in line heights) two cells' left edges must be to start one column.
    static let columnTolerance = 1.0
    /// The fewest rows a table has.
    static let minimumRows = 2
    /// A piece this wide (in line heights) is a line of prose, not a cell.
    static let proseWidth = 12.0
    /// The share of wide pieces past which a region is two text columns, not a table.
    static let proseShare = 0.6
    /// The fewest rows a row-spanning cell is recovered over.
    static let minimumSpan = 3

    /// The pages with table regions rewritten, and the grids found.
    struct Result {
        /// The pages to assemble into paragraphs.
        var pages: [PdfPage]
        /// The tables, numbered from 1.
        var grids: [TableGrid]
    }

    /// A visual row: line indices on one baseline, left to right.
    typealias Row = [Int]

    /// Finds the tables of `pages` (furniture lines are never part of one).
    func find(_ pages: [PdfPage]) -> Result {
        var result = Result(pages: [], grids: [])
        for page in pages {
            var page = page
            let rows = PdfTableFinder.rows(page)
            var regions: [[Row]] = []
            var current: [Row] = []
            func close() {
                if current.count >= PdfTableFinder.minimumRows { regions.append(current) }
                current = []
            }
            // A lone piece between two rows of cells is a cell that spans rows, drawn at its span's middle.
            var lone: Row?
            for row in rows {
                let isCells = PdfTableFinder.isCellRow(row, page)
                if isCells, let last = current.last, let a = last.first, let b = row.first,
                   page.lines[b].yMin - PdfTableFinder.bottom(lone ?? last, page) > PdfTableFinder.rowGap * page.lines[a].height {
                    lone = nil
                    close()
                }
                if isCells {
                    if let piece = lone { current.append(piece) }
                    lone = nil
                    current.append(row)
                } else if row.count == 1 && !current.isEmpty && lone == nil
                            && PdfTableFinder.fitsOneColumn(page.lines[row[0]], of: current, page) {
                    lone = row
                } else {
                    lone = nil
                    close()
                }
            }
            close()
            // Two text columns make every row look like two cells: judged over the page, not region by region,
            // because a short last line of a paragraph cuts the columns into small regions of mixed widths.
            let allPieces = regions.flatMap { $0.flatMap { $0 } }.map { page.lines[$0] }
            let allWide = allPieces.filter { $0.xMax - $0.xMin >= PdfTableFinder.proseWidth * $0.height }.count
            if !allPieces.isEmpty && Double(allWide) >= PdfTableFinder.proseShare * Double(allPieces.count) { regions = [] }
            var replaced: [Int: [PdfLine]] = [:]
            var dropped = Set<Int>()
            for region in regions {
                let pieces = region.flatMap { $0 }.map { page.lines[$0] }
                let wide = pieces.filter { $0.xMax - $0.xMin >= PdfTableFinder.proseWidth * $0.height }.count
                guard Double(wide) < PdfTableFinder.proseShare * Double(pieces.count) else { continue }
                let grid = PdfTableFinder.grid(region, page, index: result.grids.count + 1)
                guard grid.columnCount >= 2 else { continue }
                result.grids.append(grid)
                let members = region.flatMap { $0 }
                let first = members.min()!
                dropped.formUnion(members)
                replaced[first] = grid.rows.map { row in
                    let cells = row.filter { !$0.text.isEmpty && !$0.isSpanned }.map { PdfWord(text: $0.text, xMin: 0, yMin: 0, xMax: 0, yMax: 0) }
                    var line = PdfLine(words: cells, block: -1, isRowLine: true)
                    let box = members.map { page.lines[$0] }
                    line.xMin = box.map(\.xMin).min() ?? 0
                    line.xMax = box.map(\.xMax).max() ?? 0
                    line.yMin = box.map(\.yMin).min() ?? 0
                    line.yMax = line.yMin
                    return line
                }
            }
            if !dropped.isEmpty {
                var lines: [PdfLine] = []
                for (i, line) in page.lines.enumerated() {
                    if let rows = replaced[i] { lines += rows }
                    if !dropped.contains(i) { lines.append(line) }
                }
                page.lines = lines
            }
            result.pages.append(page)
        }
        return result
    }

    /// The page's body lines grouped into visual rows, top to bottom.
    static func rows(_ page: PdfPage) -> [Row] {
        let order = page.lines.indices.filter { page.lines[$0].furniture == nil }
            .sorted { page.lines[$0].yMin < page.lines[$1].yMin }
        var rows: [Row] = []
        for i in order {
            let line = page.lines[i]
            let mid = (line.yMin + line.yMax) / 2
            if let last = rows.last, let head = last.first,
               abs(mid - (page.lines[head].yMin + page.lines[head].yMax) / 2) <= page.lines[head].height / 2 {
                rows[rows.count - 1].append(i)
            } else {
                rows.append([i])
            }
        }
        return rows.map { $0.sorted { page.lines[$0].xMin < page.lines[$1].xMin } }
    }

    /// Whether a row holds two or more cells: pieces apart by more than `cellGap`.
    static func isCellRow(_ row: Row, _ page: PdfPage) -> Bool {
        guard row.count >= 2 else { return false }
        for (a, b) in zip(row, row.dropFirst()) {
            let gap = page.lines[b].xMin - page.lines[a].xMax
            if gap < cellGap * min(page.lines[a].height, page.lines[b].height) { return false }
        }
        return true
    }

    /// Whether a piece lies within one column of a region: no cell of the region starts inside it (a heading
    /// between two tables crosses their columns; a row-spanning label does not).
    static func fitsOneColumn(_ piece: PdfLine, of region: [Row], _ page: PdfPage) -> Bool {
        let tolerance = columnTolerance * piece.height
        return !region.joined().contains { i in
            let x = page.lines[i].xMin
            return x > piece.xMin + tolerance && x < piece.xMax
        }
    }

    /// The lowest bottom edge of a row's lines.
    static func bottom(_ row: Row, _ page: PdfPage) -> Double {
        row.map { page.lines[$0].yMax }.max() ?? 0
    }

    /// The grid of a table region: column edges clustered from the cells' left edges.
    static func grid(_ region: [Row], _ page: PdfPage, index: Int) -> TableGrid {
        var edges: [Double] = []
        for i in region.flatMap({ $0 }).sorted(by: { page.lines[$0].xMin < page.lines[$1].xMin }) {
            let line = page.lines[i]
            if let last = edges.last, line.xMin - last <= columnTolerance * line.height { continue }
            edges.append(line.xMin)
        }
        var rows: [[TableGridCell]] = []
        for row in region {
            var cells = Array(repeating: [String](), count: edges.count)
            for i in row {
                let line = page.lines[i]
                let column = (edges.lastIndex { $0 <= line.xMin + columnTolerance * line.height }) ?? 0
                cells[column].append(line.text)
            }
            let built = cells.map { TableGridCell(text: PdfLine.join($0)) }
            // A lone spanning piece joins the row above when its slot there is empty.
            if row.count == 1, let column = built.firstIndex(where: { !$0.text.isEmpty }), let above = rows.last,
               above[column].text.isEmpty {
                rows[rows.count - 1][column] = built[column]
                continue
            }
            rows.append(built)
        }
        return TableGrid(index: index, rows: spreadRowSpans(rows), headerRows: 0)
    }

    /// Rows with each lone text centred in a run of at least `minimumSpan` empty slots of its column moved to the
    /// run's first row and repeated (as spanned) down the run.
    static func spreadRowSpans(_ rows: [[TableGridCell]]) -> [[TableGridCell]] {
        var out = rows
        guard let width = rows.first?.count else { return out }
        for c in 0..<width {
            var r = 0
            while r < rows.count {
                guard !rows[r][c].text.isEmpty else { r += 1; continue }
                var start = r
                while start > 0 && rows[start - 1][c].text.isEmpty { start -= 1 }
                var end = r
                while end + 1 < rows.count && rows[end + 1][c].text.isEmpty { end += 1 }
                let centred = abs((r - start) - (end - r)) <= 1
                if centred && end - start + 1 >= minimumSpan {
                    let text = rows[r][c].text
                    for k in start...end { out[k][c] = TableGridCell(text: text, isSpanned: k != start) }
                }
                r = end + 1
            }
        }
        return out
    }
}
