/// Finds a grid's header rows and columns from its shape, not from label lists: markup first (`<thead>` rows,
/// `<th>` or bold cells), then labels over figures (leading rows of text above columns of numbers; leading
/// columns of text, or a first column of years, beside them), a row-number column (1, 2, 3 …), and the label
/// column of a two-column key/value table. Used for HTML tables and for any producer that fills a `TableGrid`.
enum TableHeaderFinder {
    /// Most header rows a table is given.
    static let maxHeaderRows = 4
    /// Most header columns a table is given.
    static let maxHeaderColumns = 3
    /// Longest label (scalars) of a key/value table's label column.
    static let maxKeyLabelScalars = 40
    /// Fewest numbered rows that make a row-number column (1, 2 …).
    static let minNumberedRows = 2

    /// Sets `headerRows`, `headerColumns` and every header slot's `isHeader`. `emphasized` marks cells that are
    /// `<th>` or bold throughout (nil: use `isHeader` as the producer set it); `headRows` rows came from `<thead>`.
    static func apply(to grid: inout TableGrid, emphasized: [[Bool]]? = nil, headRows: Int = 0) {
        let all = grid.texts
        // Closing rows of one text across the table (a 注： footnote, a source line) are no figures and no labels:
        // headers are found above them, so a note under a column of figures does not make it a text column.
        let texts = Array(all.prefix(all.count - trailingNoteRows(all)))
        let allMarks = emphasized ?? grid.rows.map { $0.map(\.isHeader) }
        let marks = Array(allMarks.prefix(texts.count))
        var rows = headerRowCount(texts, marks: marks, headRows: headRows)
        var columns = headerColumnCount(texts, marks: marks, headerRows: rows)
        // Group title rows across the body (`一、依申请类` over its rows) break every column's run of figures. Only
        // when no header is found at all are the headers sought again with those rows read as blanks, so a table
        // whose headers are found today keeps them.
        if rows == 0, columns == 0, let grouped = withoutGroupRows(texts) {
            rows = headerRowCount(grouped, marks: marks, headRows: headRows)
            columns = headerColumnCount(grouped, marks: marks, headerRows: rows)
        }
        grid.headerRows = rows
        grid.headerColumns = columns
        for r in grid.rows.indices {
            for c in grid.rows[r].indices where r < rows || c < columns { grid.rows[r][c].isHeader = true }
        }
    }

    /// `texts` with every row after the first that is one non-numeric text across the table (a group title) made
    /// blank; nil when there is none.
    static func withoutGroupRows(_ texts: [[String]]) -> [[String]]? {
        var out = texts
        var any = false
        for r in texts.indices.dropFirst() {
            let row = texts[r]
            guard row.count >= 2, let first = row.first, !first.isEmpty, !TableNumber.looksNumeric(first),
                  row.allSatisfy({ $0 == first }) else { continue }
            out[r] = Array(repeating: "", count: row.count)
            any = true
        }
        return any ? out : nil
    }

    /// Most closing note rows set aside when finding headers.
    static let maxNoteRows = 3

    /// How many closing rows hold one non-numeric text in every slot (a cell spanning the table), at most
    /// `maxNoteRows`, leaving at least two rows.
    static func trailingNoteRows(_ texts: [[String]]) -> Int {
        var n = 0
        while n < maxNoteRows, texts.count - n > 2 {
            let row = texts[texts.count - 1 - n]
            guard row.count >= 2, let first = row.first, !first.isEmpty, !TableNumber.looksNumeric(first),
                  row.allSatisfy({ $0 == first }) else { break }
            n += 1
        }
        return n
    }

    /// Leading header rows: the deeper of the markup's (`<thead>`, or rows wholly marked above unmarked ones) and
    /// the figures' (labels over columns of numbers).
    static func headerRowCount(_ texts: [[String]], marks: [[Bool]], headRows: Int) -> Int {
        let n = texts.count
        guard n >= 2 else { return 0 }
        // Markup and figures both count; the deeper wins (a bold first row over a plain second header row).
        var marked = headRows > 0 ? min(headRows, n - 1) : 0
        if marked == 0 {
            while marked < min(n - 1, maxHeaderRows), rowIsMarked(texts[marked], marks[marked]) { marked += 1 }
            if !(marked..<n).contains(where: { !rowIsMarked(texts[$0], marks[$0]) }) { marked = 0 }
        }
        let found = max(marked, figureHeaderRows(texts))
        return found > 0 ? found : labelsOverSentencesRows(texts)
    }

    /// 1 when a table of text has a first row of labels over rows of sentences (`整改问题 / 整改措施` over
    /// `增设自助终端。`): every first-row cell is a short label, and every later row holds a cell ending in a
    /// sentence mark; 0 otherwise.
    static func labelsOverSentencesRows(_ texts: [[String]]) -> Int {
        guard texts.count >= 2, texts[0].allSatisfy(isKeyLabel) else { return 0 }
        let sentences = texts.dropFirst().allSatisfy { row in
            row.contains { text in text.unicodeScalars.last.map { TableProseCheck.sentenceEnds.contains($0) } ?? false }
        }
        return sentences ? 1 : 0
    }

    /// Header rows by labels over figures: a numeric column's header rows are those above its first figure.
    static func figureHeaderRows(_ texts: [[String]]) -> Int {
        let n = texts.count
        let width = texts[0].count
        var first: Int?
        var labelled = 0
        for c in 0..<width {
            let column = texts.map { $0[c] }
            guard let f = firstFigure(column) else { continue }
            first = min(first ?? f, f)
            // Empty marks (—, /) at the top of a column are data, not header rows: the header ends at the last label.
            let lastLabel = (0..<f).last { !TableNumber.isBlank(column[$0]) } ?? -1
            labelled = max(labelled, lastLabel + 1)
        }
        guard let lowest = first else { return 0 }
        let h = min(lowest, labelled)
        guard h >= 1, h <= maxHeaderRows, h < n else { return 0 }
        // Every header row names something.
        guard (0..<h).allSatisfy({ r in texts[r].contains { !$0.isEmpty } }) else { return 0 }
        return h
    }

    /// Whether every non-empty cell of a row is marked (and one is).
    static func rowIsMarked(_ texts: [String], _ marks: [Bool]) -> Bool {
        var any = false
        for (t, m) in zip(texts, marks) where !t.isEmpty {
            if !m { return false }
            any = true
        }
        return any
    }

    /// The row of a column's first figure when the column is numeric (from that row down every non-blank cell is a
    /// number, above it there is a label and no figure); nil otherwise. A year label (`2022年`) above figures
    /// that are not years is a label.
    static func firstFigure(_ column: [String]) -> Int? {
        var first: Int?
        for (r, text) in column.enumerated() {
            if TableNumber.isBlank(text) { continue }
            if TableNumber.looksNumeric(text) {
                if first == nil {
                    // A year heads figures that are not years (2022年 over 1,234); a column of years is figures.
                    if TableNumber.isYearLabel(text),
                       column[(r + 1)...].contains(where: { TableNumber.looksNumeric($0) && !TableNumber.isYearLabel($0) }) {
                        continue
                    }
                    first = r
                }
            } else if first != nil {
                return nil
            }
        }
        return first
    }

    /// Leading header columns of the body rows (below `headerRows`).
    static func headerColumnCount(_ texts: [[String]], marks: [[Bool]], headerRows: Int) -> Int {
        let body = Array(texts[headerRows...])
        let bodyMarks = Array(marks[headerRows...])
        guard !body.isEmpty, let width = texts.first?.count, width >= 2 else { return 0 }
        func column(_ c: Int) -> [String] { body.map { $0[c] } }
        func columnMarked(_ c: Int) -> Bool {
            let cells = body.indices.filter { !body[$0][c].isEmpty }
            return !cells.isEmpty && cells.allSatisfy { bodyMarks[$0][c] }
        }
        // Markup: leading columns bold or <th> throughout, beside columns that are not.
        var marked = 0
        while marked < min(width - 1, maxHeaderColumns), columnMarked(marked) { marked += 1 }
        if marked > 0, (marked..<width).contains(where: { !columnMarked($0) }) { return marked }
        // A row-number column (1, 2, 3 …) keys the rows.
        let numbered = body.count >= minNumberedRows && isRowNumbers(column(0))
        let start = numbered ? 1 : 0
        // Labels beside figures: the columns before the first numeric one. A figure with a bracketed note
        // (`326（62.5%）`) is a figure column's cell, not a label that keys the row.
        func numeric(_ c: Int) -> Bool {
            let cells = column(c).filter { !TableNumber.isBlank($0) }
            return !cells.isEmpty && cells.allSatisfy { TableNumber.looksNumeric($0) || TableNumber.leadsWithFigure($0) }
        }
        // A first column of years (2022年, 2023年 …) beside figures that are not years keys the rows, as labels do.
        func years(_ c: Int) -> Bool {
            let cells = column(c).filter { !TableNumber.isBlank($0) }
            return !cells.isEmpty && cells.allSatisfy(TableNumber.isYearLabel)
        }
        let yearKeyed = years(start) && (start + 1..<width).contains { numeric($0) && !years($0) }
        if let firstNumeric = (start..<width).first(where: { numeric($0) && !(yearKeyed && $0 == start) }),
           firstNumeric > start {
            // A unit column (单位 / 计量单位 heading it) just before the figures holds each row's unit, not a label:
            // it is the figures' unit, so the row headers end before it.
            var labels = min(firstNumeric, maxHeaderColumns)
            // An identifier column (联系电话, 邮政编码) or a column of dates there is a field of the row, not a
            // level of its key.
            while labels > start + 1, isUnitColumn(texts, column: labels - 1, headerRows: headerRows)
                || isIdentifierColumn(texts, column: labels - 1, headerRows: headerRows)
                || isDateColumn(column(labels - 1)) { labels -= 1 }
            return labels
        }
        if numbered { return 1 }
        // A key/value table: two columns, no header row, short labels on the left.
        if width == 2, headerRows == 0, column(0).allSatisfy(isKeyLabel) { return 1 }
        return 0
    }

    /// Header texts of a column that holds each row's unit (blanks removed).
    static let unitColumnHeaders: Set<String> = ["单位", "计量单位"]

    /// Whether a header row above the body names `column` a unit column (`单位`, `计量单位`).
    static func isUnitColumn(_ texts: [[String]], column: Int, headerRows: Int) -> Bool {
        texts.prefix(headerRows).contains { unitColumnHeaders.contains(TextScan.withoutWhitespace($0[column])) }
    }

    /// Whether at least half of a body column's non-blank cells are dates (`2024-03-18`, `2029年3月`).
    static func isDateColumn(_ cells: [String]) -> Bool {
        let filled = cells.filter { !TableNumber.isBlank($0) }
        return !filled.isEmpty && filled.filter(TableNumber.isDate).count * 2 >= filled.count
    }

    /// Whether a header row above the body names `column` an identifier column (`TableIdentifierColumn`).
    static func isIdentifierColumn(_ texts: [[String]], column: Int, headerRows: Int) -> Bool {
        texts.prefix(headerRows).contains { TableIdentifierColumn.isIdentifierLabel($0[column]) }
    }

    /// Whether a column counts 1, 2, 3 … down its cells (spanned repeats allowed).
    static func isRowNumbers(_ column: [String]) -> Bool {
        var expected = 1
        var last: String?
        for text in column {
            if text == last { continue }
            guard let (value, unit) = TableNumber.bare(text), unit == nil, value == Double(expected) else { return false }
            expected += 1
            last = text
        }
        return expected - 1 >= minNumberedRows
    }

    /// Whether a cell reads as a label: text, not a figure, short, no sentence end.
    static func isKeyLabel(_ text: String) -> Bool {
        guard !text.isEmpty, !TableNumber.looksNumeric(text) else { return false }
        if TextScan.scalarCount(text, exceeds: maxKeyLabelScalars) { return false }
        return !text.unicodeScalars.contains { $0 == "。" || $0 == "！" || $0 == "？" }
    }
}
