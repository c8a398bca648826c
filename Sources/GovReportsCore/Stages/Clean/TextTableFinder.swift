/// Finds the tables of a plain-text report among its lines: a run of consecutive lines that split into the same
/// number of cells, at tabs (a spreadsheet paste; two tabs give an empty cell) or at gaps of blanks (two or more
/// spaces, or an ideographic space: a table aligned by spaces), with a column of figures below its first line and no
/// sentence in any cell. Each run becomes a `TableGrid` whose headers `TableHeaderFinder` finds as for HTML, with
/// the unit of a unit line (`单位：万元`) right above it. The lines themselves stay text, as before.
///
/// A markdown table (`| 类别 | 件数 |` lines, a `| --- | ---: |` rule under the header) is split at its pipes; its
/// rule line is no row.
///
/// The lines are read as written (not trimmed): a tab line's empty first or last cells are cells, and an indented
/// space-aligned line right above a run with one cell fewer, all labels, is its header over a blank corner.
enum TextTableFinder {
    /// Fewest cells a tab-separated line has to be a table row.
    static let minTabCells = 2
    /// Fewest cells a space-aligned line has to be a table row (two parts can be a heading and a page number, or
    /// a signature and a date).
    static let minGapCells = 3
    /// Fewest lines of a table (a header line and two rows).
    static let minLines = 3
    /// Fewest ASCII spaces in a row that separate two cells (one space is part of a cell, as in `提 案`).
    static let minGapSpaces = 2
    /// Fewest figures the figures column holds below the first line.
    static let minFigures = 2
    /// Longest cell (scalars): longer text is prose, not a cell.
    static let maxCellScalars = 40

    /// What separates the cells of a line.
    enum Separator: Equatable {
        /// Tabs (a spreadsheet paste).
        case tab
        /// Gaps of blanks (a table aligned by spaces).
        case gap
        /// Pipes (a markdown table).
        case pipe
    }

    /// One line split into cells, and what split it.
    struct Split: Equatable {
        /// The cells, blanks trimmed.
        var cells: [String]
        /// What separated them.
        var separator: Separator
        /// Whether the line is a markdown rule (`| --- | :---: |`) under a header: part of the table, no row.
        var isRule = false

        /// Whether tabs split the line.
        var tabbed: Bool { separator == .tab }
    }

    /// The pipes that open, close and separate a markdown table's cells (ASCII and full-width).
    static let pipes: Set<Unicode.Scalar> = ["|", "\u{FF5C}"]
    /// What a markdown rule cell holds besides at least one `-`.
    static let ruleScalars: Set<Unicode.Scalar> = ["-", ":", " "]

    /// The grids of the tables among `lines` (as written, blanks at their ends kept), numbered from 1 in text order.
    static func grids<Line: StringProtocol>(_ lines: [Line]) -> [TableGrid] {
        let splits = lines.map { split(String($0)) }
        var out: [TableGrid] = []
        var i = 0
        while i < lines.count {
            guard let first = splits[i] else { i += 1; continue }
            var end = i + 1
            while end < lines.count, let next = splits[end], next.separator == first.separator,
                  next.cells.count == first.cells.count { end += 1 }
            defer { i = end }
            var rows = splits[i..<end].filter { !$0!.isRule }.map { $0!.cells }
            var start = i
            if first.separator == .gap, i > 0, let head = cornerHeader(String(lines[i - 1]), width: first.cells.count) {
                rows.insert(head, at: 0)
                start = i - 1
            }
            guard isTable(rows) else { continue }
            var grid = TableGrid(index: out.count + 1, rows: rows.map { $0.map { TableGridCell(text: $0) } })
            TableHeaderFinder.apply(to: &grid)
            spreadHeaderLabels(&grid)
            if start > 0 { grid.unit = TableGridBuilder.unitNamed(byCaption: TextScan.trimmed(Substring(lines[start - 1]))) }
            out.append(grid)
        }
        return out
    }

    /// A merged header cell pasted as text: its label, then empty cells (`法人或其他组织\t\t\t`). In every header row
    /// but the last, an empty cell right of the row-label columns, under which the next header row names a column,
    /// takes the nearest label on its left in that row (as a spanned slot), so the columns below are named under
    /// it as a colspan would name them.
    static func spreadHeaderLabels(_ grid: inout TableGrid) {
        guard grid.headerRows >= 2 else { return }
        for r in 0..<(grid.headerRows - 1) {
            var label: String?
            for c in grid.headerColumns..<grid.columnCount {
                let text = grid.rows[r][c].text
                if !text.isEmpty { label = text; continue }
                guard let label, !grid.rows[r + 1][c].text.isEmpty else { continue }
                grid.rows[r][c] = TableGridCell(text: label, isHeader: true, isSpanned: true)
            }
        }
    }

    /// A header over a blank corner: an indented line of `width - 1` gap-separated labels (no figure among them)
    /// becomes the header row with an empty first cell; nil for any other line.
    static func cornerHeader(_ line: String, width: Int) -> [String]? {
        guard let first = line.unicodeScalars.first, first == " " || first == "\u{3000}" else { return nil }
        let cells = gapCells(Array(TextScan.trimmed(line[...]).unicodeScalars))
        guard cells.count == width - 1, width - 1 >= minGapCells - 1,
              cells.allSatisfy({ !TableNumber.looksNumeric($0) || TableNumber.isYearLabel($0) }) else { return nil }
        return [""] + cells
    }

    /// Whether a run of split lines is a table: enough lines, no prose cell, a column of figures below the first.
    static func isTable(_ rows: [[String]]) -> Bool {
        guard rows.count >= minLines, let width = rows.first?.count else { return false }
        for row in rows {
            for cell in row {
                if TextScan.scalarCount(cell, exceeds: maxCellScalars) { return false }
                if let last = cell.unicodeScalars.last, TableProseCheck.sentenceEnds.contains(last) { return false }
            }
        }
        return (0..<width).contains { c in
            let below = rows.dropFirst().map { $0[c] }.filter { !TableNumber.isBlank($0) }
            return below.count >= minFigures && below.allSatisfy(TableNumber.looksNumeric)
        }
    }

    /// A line's cells: split at tabs when it has any (blanks around each cell trimmed, empty cells kept), else at
    /// gaps; nil when it gives too few cells.
    static func split(_ line: String) -> Split? {
        if let piped = pipeSplit(line) { return piped }
        // Most lines are prose with neither a tab nor a gap: one pass over the bytes spares them the cell split.
        guard mayHoldCells(line) else { return nil }
        if line.unicodeScalars.contains("\t") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { TextScan.trimmed($0) }
            guard cells.contains(where: { !$0.isEmpty }) else { return nil }
            return cells.count >= minTabCells ? Split(cells: cells, separator: .tab) : nil
        }
        let cells = gapCells(Array(TextScan.trimmed(line[...]).unicodeScalars))
        return cells.count >= minGapCells ? Split(cells: cells, separator: .gap) : nil
    }

    /// A markdown table line's cells: the trimmed line opens and closes with a pipe and holds `minTabCells` cells
    /// between pipes; nil for any other line.
    static func pipeSplit(_ line: String) -> Split? {
        // Almost no line opens with a pipe: its first scalar past the blanks says so before anything is built.
        guard let lead = line.unicodeScalars.first(where: { !TextScan.isBlank($0) }), pipes.contains(lead) else {
            return nil
        }
        let trimmed = TextScan.trimmed(line[...])
        guard let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last, pipes.contains(first),
              pipes.contains(last), trimmed.unicodeScalars.count >= 2 else { return nil }
        let inner = trimmed.unicodeScalars.dropFirst().dropLast()
        let cells = inner.split(omittingEmptySubsequences: false) { pipes.contains($0) }
            .map { TextScan.trimmed(Substring(String(String.UnicodeScalarView($0)))) }
        guard cells.count >= minTabCells, cells.contains(where: { !$0.isEmpty }) else { return nil }
        let isRule = cells.allSatisfy { cell in
            cell.unicodeScalars.contains("-") && cell.unicodeScalars.allSatisfy { ruleScalars.contains($0) }
        }
        return Split(cells: cells, separator: .pipe, isRule: isRule)
    }

    /// Whether `line` holds a tab, an ideographic space or `minGapSpaces` ASCII spaces in a row: without one it
    /// splits into a single cell.
    static func mayHoldCells(_ line: String) -> Bool {
        var spaces = 0
        var last: UInt8 = 0
        var beforeLast: UInt8 = 0
        for byte in line.utf8 {
            if byte == 0x09 { return true }
            // U+3000 is E3 80 80 in UTF-8.
            if byte == 0x80 && last == 0x80 && beforeLast == 0xE3 { return true }
            spaces = byte == 0x20 ? spaces + 1 : 0
            if spaces >= minGapSpaces { return true }
            beforeLast = last
            last = byte
        }
        return false
    }

    /// The cells of a trimmed line split at gaps (`minGapSpaces` ASCII spaces, or any ideographic space).
    static func gapCells(_ scalars: [Unicode.Scalar]) -> [String] {
        var cells: [String] = []
        var current = String.UnicodeScalarView()
        var k = 0
        while k < scalars.count {
            let s = scalars[k]
            if s == "\u{3000}" || s == " " {
                var j = k
                var spaces = 0
                var wide = false
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\u{3000}" {
                    if scalars[j] == " " { spaces += 1 } else { wide = true }
                    j += 1
                }
                if wide || spaces >= minGapSpaces {
                    if !current.isEmpty { cells.append(String(current)) }
                    current = String.UnicodeScalarView()
                } else {
                    current.append(contentsOf: scalars[k..<j])
                }
                k = j
                continue
            }
            current.append(s)
            k += 1
        }
        if !current.isEmpty { cells.append(String(current)) }
        return cells
    }
}
