/// Turns a document's table grids into `tables` rows: one per origin cell, with its row and column headers and,
/// when the whole cell is one number, its value and unit.
struct TableCellExtractor: Sendable {
    /// The quantity scanner, which reads a number with a unit (`251000元`, `1.5万元`) as the text does.
    let scanner: QuantityScanner

    /// What joins the parts of a multi-row or multi-column header.
    static let headerSeparator = " / "

    /// The cells of every grid, table by table, row by row. A headerless part of a split table is read under the
    /// column headers of the part it continues (`TableContinuation`); its rows keep their own numbers.
    func cells(_ grids: [TableGrid]) -> [TableCellRecord] {
        let heads = TableContinuation.heads(grids)
        var out: [TableCellRecord] = []
        for (i, grid) in grids.enumerated() {
            if let h = heads[i] {
                out += cells(of: TableContinuation.joined(grids[h], grid), from: grids[h].headerRows)
            } else {
                out += cells(of: grid, from: 0)
            }
        }
        return out
    }

    /// The cells of one grid from row `first` on, numbered from there (rows before it are borrowed header rows).
    private func cells(of grid: TableGrid, from first: Int) -> [TableCellRecord] {
        var out: [TableCellRecord] = []
        // Headers and stated units are read from the grid with its units rows in brackets; texts stay as written.
        let headers = withUnitsRowsBracketed(grid)
        let unitColumn = TableContextUnit.unitColumn(headers)
        let identifiers = Self.identifierColumns(grid)
        for (r, row) in grid.rows.enumerated() where r >= first {
            for (c, cell) in row.enumerated() where !cell.isSpanned {
                var number = identifiers.contains(c) && r >= grid.headerRows ? nil : value(cell.text)
                var source: TableUnitSource? = number?.unit == nil ? nil : .cell
                if let bare = number, bare.unit == nil, !cell.isHeader, r >= grid.headerRows, c >= grid.headerColumns,
                   let stated = statedUnit(headers, row: r, col: c, unitColumn: unitColumn, cell: Self.withoutFootnoteMark(cell.text),
                                          bare: bare.value) {
                    number = stated.number
                    source = stated.source
                }
                out.append(TableCellRecord(
                    table: grid.index, row: r - first + 1, col: c + 1, text: cell.text, value: number?.value, unit: number?.unit,
                    unitSource: source, rowHeader: Self.rowHeader(headers, row: r, col: c),
                    colHeader: Self.colHeader(headers, row: r, col: c), isHeader: cell.isHeader))
            }
        }
        return out
    }

    /// A bare figure read with the first unit its table states for it (`TableContextUnit`): the cell's text with the
    /// unit written after it must read as one number with that unit, its value the figure times a magnitude
    /// (so a unit glued onto the digits can never change them); nil when no stated unit reads so.
    func statedUnit(_ grid: TableGrid, row: Int, col: Int, unitColumn: Int?, cell: String,
                    bare: Double) -> (number: (value: Double, unit: String?), source: TableUnitSource)? {
        for candidate in TableContextUnit.candidates(grid, row: row, col: col, unitColumn: unitColumn) {
            guard let read = value(cell + candidate.text), read.unit != nil else { continue }
            let factor = bare == 0 ? (read.value == 0 ? 1 : 0) : (read.value / bare).rounded()
            guard TableContextUnit.allowedFactors.contains(factor),
                  abs(read.value - bare * factor) <= abs(read.value) * Self.factorTolerance else { continue }
            return (read, candidate.source)
        }
        return nil
    }

    /// `grid` with each units row (a header row below the first whose filled cells are bare units, `万元 | %`, with
    /// perhaps a `单位` cell over the row labels) written as bracketed units (`（万元）`) and its `单位` cell blanked, so
    /// the units join their labels (`金额（万元）`) and reach the figures as a header unit does.
    func withUnitsRowsBracketed(_ grid: TableGrid) -> TableGrid {
        guard grid.headerRows > 1 else { return grid }
        var out = grid
        for r in 1..<grid.headerRows {
            let row = grid.rows[r]
            var units = 0
            var isUnitsRow = true
            for (c, cell) in row.enumerated() where !cell.text.isEmpty && !cell.isSpanned {
                if c < max(grid.headerColumns, 1), TableHeaderFinder.unitColumnHeaders.contains(TextScan.withoutWhitespace(cell.text)) {
                    continue
                }
                guard isBareUnit(cell.text) else { isUnitsRow = false; break }
                units += 1
            }
            guard isUnitsRow, units > 0 else { continue }
            for c in row.indices where !row[c].text.isEmpty {
                out.rows[r][c].text = isBareUnit(row[c].text) ? "\u{FF08}" + TextScan.withoutWhitespace(row[c].text) + "\u{FF09}" : ""
            }
        }
        return out
    }

    /// Whether a header cell is a unit and nothing else (`万元`, `%`, `件`, `万人次`): no digit, short, and one
    /// figure with it written after reads as one quantity with a unit.
    func isBareUnit(_ text: String) -> Bool {
        guard let unit = TableContextUnit.plainUnit(text) else { return false }
        return value(Self.unitProbe + unit)?.unit != nil
    }

    /// The figure written before a header text to test whether the text is a unit.
    static let unitProbe = "1"

    /// Columns whose lowest header cell names identifiers (`TableIdentifierColumn`): their figures are no values.
    static func identifierColumns(_ grid: TableGrid) -> Set<Int> {
        guard grid.headerRows > 0, let width = grid.rows.first?.count else { return [] }
        var out: Set<Int> = []
        for c in 0..<width {
            let lowest = grid.rows.prefix(grid.headerRows).last { c < $0.count && !$0[c].text.isEmpty }
            if let lowest, TableIdentifierColumn.isIdentifierLabel(lowest[c].text) { out.insert(c) }
        }
        return out
    }

    /// Relative slack when checking that a stated unit only scaled a figure (binary fractions of decimals).
    static let factorTolerance = 1e-9

    /// The header columns left of `col` in body row `row`, repeats of a spanning label once.
    static func rowHeader(_ grid: TableGrid, row: Int, col: Int) -> String? {
        guard row >= grid.headerRows else { return nil }
        return join(grid.rows[row].prefix(min(col, grid.headerColumns)).map(\.text))
    }

    /// The header rows above `row` in column `col`, repeats of a spanning label once. A header row that is one
    /// text across the whole table (a title or a unit line written inside it, `2024年度…统计表`) names no column:
    /// it is left out while another header row names the column.
    static func colHeader(_ grid: TableGrid, row: Int, col: Int) -> String? {
        let rows = grid.rows.prefix(min(row, grid.headerRows))
        let naming = rows.filter { !spansTable($0) }
        return join((naming.isEmpty ? Array(rows) : naming).map { $0[col].text })
    }

    /// Whether a row of two or more slots holds one non-empty text in every slot (one cell spanning the table).
    static func spansTable(_ row: [TableGridCell]) -> Bool {
        guard row.count >= 2, let first = row.first?.text, !first.isEmpty else { return false }
        return row.allSatisfy { $0.text == first }
    }

    /// Non-empty parts with consecutive repeats (a spanning label) dropped, joined; nil when none. A part that is
    /// only a bracketed unit (a units row's `（万元）` under `收入`) is that label's unit, not a level of its own: it
    /// is written onto the part before it (`收入（万元）`), as a one-row header would have it.
    static func join(_ parts: [String]) -> String? {
        var kept: [String] = []
        for p in parts.map(tightBrackets) where !p.isEmpty && kept.last != p {
            if isBracketClause(p), let before = kept.last, !isBracketClause(before) {
                kept[kept.count - 1] = before + p
            } else {
                kept.append(p)
            }
        }
        return kept.isEmpty ? nil : kept.joined(separator: headerSeparator)
    }

    /// Whether a scalar opens a header's unit clause (`TableNumber.unitClauseBrackets`).
    static func opensClause(_ s: Unicode.Scalar) -> Bool { TableNumber.unitClauseBrackets.contains { $0.open == s } }

    /// Whether a scalar closes a header's unit clause.
    static func closesClause(_ s: Unicode.Scalar) -> Bool { TableNumber.unitClauseBrackets.contains { $0.close == s } }

    /// Whether a header part is one bracketed clause (`（万元）`, `(%)`).
    static func isBracketClause(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return opensClause(first) && closesClause(last) && text.unicodeScalars.count > 2
    }

    /// A header text without the blank a line break left before an opening bracket after a Chinese label
    /// (`申请数<br>（件）` → `申请数（件）`): Chinese sets no space there, and the header reads as one label.
    static func tightBrackets(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        guard s.count > 2, s.contains(where: opensClause) else { return text }
        var out = String.UnicodeScalarView()
        for (i, scalar) in s.enumerated() {
            if scalar == " ", i > 0, i + 1 < s.count, s[i - 1].value >= 0x80, opensClause(s[i + 1]) { continue }
            out.append(scalar)
        }
        return String(out)
    }

    /// The value of a cell that is one number and nothing else: a plain number, or one quantity the scanner reads
    /// over the whole cell without a range or hedge. Anything else (text, two numbers, `约5`) has none.
    /// A cell without a digit has none: a unit column's `万吨` is a label, not 10000 吨.
    func value(_ text: String) -> (value: Double, unit: String?)? {
        if let bare = TableNumber.bare(text) { return bare }
        // A footnote mark after a figure (`8*`, `12①`) points to a 注 line; the figure is the cell's value.
        let figure = Self.withoutFootnoteMark(text)
        if figure.utf8.count != text.utf8.count {
            return figure.unicodeScalars.last.map(Self.isFootnoteMark) == true ? nil : value(figure)
        }
        var folded = WidthFolder.ruleView(WidthFolder.fold(text))
        // An explicit plus before a figure (`+15.8万元` in a change column) signs it and is no part of it: the
        // scanner, which reads no sign, reads what follows.
        let blanks = folded.unicodeScalars.prefix { Self.isBlank($0.value) }.count
        let rest = folded.unicodeScalars.dropFirst(blanks)
        if rest.first == "+", let next = rest.dropFirst().first, next.value >= 0x30 && next.value <= 0x39 {
            folded = String(String.UnicodeScalarView(rest.dropFirst()))
        }
        guard folded.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let values = QuantityScanner.scalars(of: folded)
        guard let first = values.firstIndex(where: { !Self.isBlank($0) }),
              let last = values.lastIndex(where: { !Self.isBlank($0) }) else { return nil }
        if let read = whole(scanner.scan(values: values), first: first, last: last) { return read }
        // The scanner takes a decimal opening a line for a section number (1.2 项目管理); a cell that is one figure
        // with its unit (12.4公里) is none, so it is read again after a lead scalar that is no line start, and
        // still only a quantity over the whole cell counts.
        guard first == 0 else { return nil }
        let lead = Self.cellLead.value
        return whole(scanner.scan(values: [lead] + values), first: 1, last: last + 1)
    }

    /// Marks a cell's figure may carry to point to a footnote: asterisks, the reference mark, circled numbers.
    static let footnoteMarks: [ClosedRange<UInt32>] = [0x2A...0x2A, 0xFF0A...0xFF0A, 0x203B...0x203B, 0x2460...0x2473]

    /// A cell's text without one closing footnote mark (`8*` → `8`), else the text.
    static func withoutFootnoteMark(_ text: String) -> String {
        guard let last = text.unicodeScalars.last, isFootnoteMark(last) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropLast()))
    }

    /// Whether a scalar is a footnote mark.
    static func isFootnoteMark(_ s: Unicode.Scalar) -> Bool { footnoteMarks.contains { $0.contains(s.value) } }

    /// What stands before a cell's text when it is read again (a colon, as in `长度：12.4公里`).
    static let cellLead: Unicode.Scalar = ":"

    /// The one quantity of `matches` spanning `first...last` with no range or hedge, as value and unit.
    private func whole(_ matches: [QuantityMatch], first: Int, last: Int) -> (value: Double, unit: String?)? {
        guard matches.count == 1, let m = matches.first, m.start == first, m.end == last + 1,
              m.valueMax == nil, m.approx == nil else { return nil }
        return (m.value, m.unit)
    }

    /// Whether a scalar value is a blank at a cell's edge.
    static func isBlank(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x3000 || v == 0xA0 }
}
