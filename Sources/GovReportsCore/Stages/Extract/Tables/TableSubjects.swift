/// Finds each table row's line in the normalized text and each cell's stretch of it, so a quantity inside a cell
/// takes the cell's row and column headers as its subject. Rows are matched in order with blanks and character
/// widths ignored (normalize folds widths and turns the cell separator into a space); a row that is not found
/// (its line removed as chrome, or changed) gives its cells no stretch, and their quantities keep the scanner's subject.
/// A split table's headerless later part takes the earlier part's column headers, as in `tables` (`TableContinuation`).
struct TableSubjects {
    /// A cell's stretch of the text and the subject its quantities get.
    struct Stretch {
        /// Start offset (scalars) in the normalized text.
        var start: Int
        /// End offset (exclusive).
        var end: Int
        /// Row and column headers, ` / ` between them; nil when the cell has none.
        var subject: String?
        /// Whether the cell's text holds a digit (0–9 in either width).
        var hasDigit: Bool
    }

    /// The stretches, sorted by start.
    let stretches: [Stretch]
    /// Offsets of the first scalar of every table row's line.
    let rowLineStarts: Set<Int>

    /// How many lines past the previous row a table's next row may stand.
    static let maxRowGap = 8

    /// Locates the rows of `grids` in `scalars` (the normalized text).
    init(grids: [TableGrid], scalars: [Unicode.Scalar]) {
        guard !grids.isEmpty else { stretches = []; rowLineStarts = []; return }
        // The text's lines as keys: folded scalars without blanks, each with its offset.
        var lines: [(key: [UInt32], offsets: [Int])] = []
        var key: [UInt32] = []
        var offsets: [Int] = []
        for (i, s) in scalars.enumerated() {
            if s.value == 0x0A {
                lines.append((key, offsets))
                key.removeAll(keepingCapacity: true)
                offsets.removeAll(keepingCapacity: true)
                continue
            }
            if let k = TableSubjects.fold(s) {
                key.append(k)
                offsets.append(i)
            }
        }
        lines.append((key, offsets))
        var out: [Stretch] = []
        var starts: Set<Int> = []
        var next = 0
        // A headerless part of a split table is read under the headers of the part it continues; those borrowed
        // rows are not lines of this part, so matching starts below them.
        let heads = TableContinuation.heads(grids)
        for (i, part) in grids.enumerated() {
            let grid = heads[i].map { TableContinuation.joined(grids[$0], part) } ?? part
            let borrowed = heads[i].map { grids[$0].headerRows } ?? 0
            var first = true
            for (r, row) in grid.rows.enumerated() where r >= borrowed {
                let cells = row.indices.filter { !row[$0].isSpanned && !row[$0].text.isEmpty }
                let keys = cells.map { TableSubjects.key(row[$0].text) }
                let whole = keys.flatMap { $0 }
                guard !whole.isEmpty else { continue }
                let limit = first ? lines.count : min(lines.count, next + TableSubjects.maxRowGap)
                guard let at = (next..<limit).first(where: { lines[$0].key == whole }) else { continue }
                first = false
                next = at + 1
                starts.insert(lines[at].offsets[0])
                var p = 0
                for (c, k) in zip(cells, keys) {
                    defer { p += k.count }
                    guard !k.isEmpty else { continue }
                    let parts = [TableCellExtractor.rowHeader(grid, row: r, col: c),
                                 TableCellExtractor.colHeader(grid, row: r, col: c)].compactMap { $0 }
                    out.append(Stretch(start: lines[at].offsets[p], end: lines[at].offsets[p + k.count - 1] + 1,
                                       subject: parts.isEmpty ? nil : parts.joined(separator: TableCellExtractor.headerSeparator),
                                       hasDigit: k.contains { $0 >= 0x30 && $0 <= 0x39 }))
                }
            }
        }
        stretches = out.sorted { $0.start < $1.start }
        rowLineStarts = starts
    }

    /// The cell a quantity at `start..<end` lies inside, if any.
    func cell(start: Int, end: Int) -> Stretch? {
        var lo = 0, hi = stretches.count
        while lo < hi { let mid = (lo + hi) / 2; if stretches[mid].start <= start { lo = mid + 1 } else { hi = mid } }
        guard lo > 0 else { return nil }
        let s = stretches[lo - 1]
        return end <= s.end ? s : nil
    }

    /// The subject of a quantity at `start..<end` when it lies inside one cell with headers.
    func subject(start: Int, end: Int) -> String? {
        cell(start: start, end: end)?.subject
    }

    /// A text's key: folded scalars without blanks.
    static func key(_ text: String) -> [UInt32] { text.unicodeScalars.compactMap(fold) }

    /// A scalar as keys compare it (widths and punctuation folded), nil for a blank or a scalar normalize drops.
    static func fold(_ s: Unicode.Scalar) -> UInt32? {
        guard let f = WidthFolder.fold(s, fullWidth: true) else { return nil }
        if f.properties.isWhitespace || f.value == 0x3000 || f.value == 0xA0 { return nil }
        return WidthFolder.ruleView(f.value)
    }
}
