/// Recognizes the tables of the national 政府信息公开工作年度报告 template in a document's grids by their label
/// sequence and structure (`rules/disclosure.json`): a table is kept when enough of its canonical rows and columns
/// are found, whatever its spans, label widths or wording variants.
struct DisclosureRecognizer: Sendable {
    /// The template as data.
    let rules: DisclosureRules
    /// Folded blank marks.
    let blankMarks: Set<String>

    /// Money in 万元 is kept to this many parts of one (1e6: to the cent of 元, with margin).
    static let moneyScale = 1e6

    /// Compiles the rules.
    init(rules: DisclosureRules) {
        self.rules = rules
        blankMarks = Set(rules.blankMarks.map(DisclosureLabel.fold))
    }

    /// The cells of every template table found in `grids`.
    func recognize(_ grids: [TableGrid]) -> DisclosureFindings {
        var out = DisclosureFindings()
        var keys: Set<String> = []
        // The last grid a `columns` table (三) was found in, to join a continuation: a table the page broke.
        var previous: (spec: DisclosureTableSpec, grid: TableGrid)?
        for grid in grids {
            let folded = grid.rows.map { $0.map { DisclosureLabel.fold($0.text) } }
            let before = out.cells.count
            defer {
                if out.cells.count == before, let p = previous {
                    previous = continuation(of: p.spec, p.grid, grid, keys: &keys, into: &out)
                }
            }
            for spec in rules.tables where !out.tables.contains(spec.id) || spec.layout == "sequential" {
                var found: DisclosureFindings
                switch spec.layout {
                case "sequential": found = sequential(spec, grid, folded)
                case "groups": found = groups(spec, grid, folded)
                default: found = columns(spec, grid, folded)
                }
                if found.cells.isEmpty { continue }
                // One cell per table, row and column: a repeated table (or row) keeps its first occurrence.
                var kept: [DisclosureCell] = []
                for c in found.cells {
                    if keys.insert("\(c.table)/\(c.rowID)/\(c.colID)").inserted { kept.append(c) } else {
                        found.diagnostics.append(Diagnostic(.disclosureDuplicateCell, stage: .extract,
                            "\(c.table): row \(c.rowID) column \(c.colID) occurs again (table \(grid.index)): the first is kept, this one (\(c.text.isEmpty ? "blank" : c.text)) is not"))
                    }
                }
                found.cells = kept
                if spec.layout != "sequential" && spec.layout != "groups" { previous = (spec, grid) }
                out.cells += found.cells
                out.seen.formUnion(found.seen)
                out.diagnostics += found.diagnostics
            }
        }
        return out
    }

    /// `grid`, which gave no cells of its own, read as the continuation of `spec`'s table in `head` (a table broken
    /// across pages, the later part without header rows): the two joined under `head`'s header, and only cells the
    /// earlier part lacks kept. Returns the joined grid when it added cells (a third part may follow), else nil.
    private func continuation(of spec: DisclosureTableSpec, _ head: TableGrid, _ grid: TableGrid, keys: inout Set<String>,
                              into out: inout DisclosureFindings) -> (spec: DisclosureTableSpec, grid: TableGrid)? {
        guard grid.columnCount == head.columnCount, !grid.rows.isEmpty else { return nil }
        let joined = TableGrid(index: grid.index, rows: head.rows + grid.rows, headerRows: head.headerRows,
                               headerColumns: head.headerColumns, unit: head.unit)
        let found = columns(spec, joined, joined.rows.map { $0.map { DisclosureLabel.fold($0.text) } })
        var added = 0
        for c in found.cells where keys.insert("\(c.table)/\(c.rowID)/\(c.colID)").inserted {
            out.cells.append(c)
            out.seen.insert("\(c.table)/\(c.rowID)")
            added += 1
        }
        guard added > 0 else { return nil }
        out.diagnostics += found.diagnostics.filter { $0.code != .disclosurePartial }
        out.diagnostics.append(Diagnostic(.disclosurePartial, stage: .extract, severity: .info,
            "\(spec.id): table \(grid.index) has no header and continues table \(head.index): read under its header (\(added) cells)"))
        return (spec, joined)
    }

    // MARK: Layouts

    /// `columns` layout (三): an anchor header cell (自然人) fixes where data columns start; the header rows above the
    /// first data row give each data column its path, the label columns give each row its path.
    private func columns(_ spec: DisclosureTableSpec, _ grid: TableGrid, _ folded: [[String]]) -> DisclosureFindings {
        var out = DisclosureFindings()
        let anchors = spec.columns.filter { (spec.anchorColumns ?? []).contains($0.id) }
        guard let (anchorRow, _) = firstCell(folded, where: { t in anchors.contains { $0.matches(leaf: t, path: t) } })
        else { return out }
        // Rows below the anchor whose label columns name a canonical row are data rows; the rows above the first
        // of them are the header.
        let width = grid.columnCount
        var dataStart = width
        for r in anchorRow..<folded.count {
            for c in 0..<width where spec.columns.contains(where: { $0.matches(leaf: folded[r][c], path: folded[r][c]) }) {
                dataStart = min(dataStart, c)
            }
            if rowMatch(spec, folded[r], labelColumns: dataStart) != nil { break }
        }
        guard dataStart < width, dataStart > 0 else { return out }
        var headerEnd = anchorRow
        while headerEnd < folded.count, rowMatch(spec, folded[headerEnd], labelColumns: dataStart) == nil { headerEnd += 1 }
        let colMap = columnMap(spec, grid, folded, headerRows: 0..<headerEnd, from: dataStart)
        guard colMap.count >= rules.minColumns else { return out }
        var rowsSeen: Set<String> = []
        for r in headerEnd..<folded.count {
            let path = labelPath(grid.rows[r], folded[r], columns: 0..<dataStart)
            guard !path.folded.isEmpty else { continue }
            guard let row = rowMatch(spec, folded[r], labelColumns: dataStart) else {
                if colMap.contains(where: { !DisclosureValue.read(folded[r][$0.column], blankMarks: blankMarks).unreadable
                    && !DisclosureValue.read(folded[r][$0.column], blankMarks: blankMarks).blank }) {
                    out.diagnostics.append(Diagnostic(.disclosurePartial, stage: .extract, severity: .info,
                        "\(spec.id): row label \"\(path.written)\" (table \(grid.index)) is not a row of the template; its cells are not kept"))
                }
                continue
            }
            guard rowsSeen.insert(row.id).inserted else { continue }
            for col in colMap {
                out.cells.append(cell(spec, row: row, rowLabel: path.written, col: col, text: grid.rows[r][col.column].text,
                                      folded: folded[r][col.column], diagnostics: &out.diagnostics))
            }
        }
        guard accept(spec, rows: rowsSeen, columns: Set(colMap.map(\.spec.id)), grid: grid, into: &out) else {
            return DisclosureFindings()
        }
        return out
    }

    /// `sequential` layout (二): a row naming canonical columns (and no numbers) sets the column map for the data
    /// rows below it, so the 第二十条 sub-tables read alike split into several grids or joined in one.
    private func sequential(_ spec: DisclosureTableSpec, _ grid: TableGrid, _ folded: [[String]]) -> DisclosureFindings {
        var out = DisclosureFindings()
        var colMap: [MappedColumn] = []
        var rowsSeen: Set<String> = []
        var colsSeen: Set<String> = []
        for r in 0..<folded.count {
            let texts = folded[r]
            let hasNumber = texts.contains { !$0.isEmpty && DisclosureValue.read($0, blankMarks: []).number != nil }
            let headerHits = texts.indices.filter { c in spec.columns.contains { $0.matches(leaf: texts[c], path: texts[c]) } }
            if !headerHits.isEmpty && !hasNumber {
                colMap = columnMap(spec, grid, folded, headerRows: r..<(r + 1), from: headerHits.min()!)
                continue
            }
            guard let first = colMap.map(\.column).min() else { continue }
            let path = labelPath(grid.rows[r], texts, columns: 0..<first)
            guard let leaf = path.folded.last,
                  let row = spec.rows.first(where: { $0.matches(leaf: leaf, path: path.folded.joined()) }) else { continue }
            guard rowsSeen.insert(row.id).inserted else { continue }
            for col in colMap {
                colsSeen.insert(col.spec.id)
                out.cells.append(cell(spec, row: row, rowLabel: path.written, col: col, text: grid.rows[r][col.column].text,
                                      folded: texts[col.column], diagnostics: &out.diagnostics))
            }
        }
        for id in rowsSeen { out.seen.insert("\(spec.id)/\(id)") }
        for id in colsSeen { out.seen.insert("\(spec.id)/\(id)") }
        return out
    }

    /// `groups` layout (四): each data column's header path names a group (行政复议, 未经复议直接起诉, 复议后起诉)
    /// and a result (结果维持 … 总计); the first row with numbers below the header holds the cells.
    private func groups(_ spec: DisclosureTableSpec, _ grid: TableGrid, _ folded: [[String]]) -> DisclosureFindings {
        var out = DisclosureFindings()
        let width = grid.columnCount
        guard let dataRow = folded.indices.first(where: { r in
            folded[r].filter { DisclosureValue.read($0, blankMarks: []).number != nil }.count >= rules.minColumns
        }), dataRow > 0 else { return out }
        var pairs: Set<String> = []
        var rowsSeen: Set<String> = []
        var colsSeen: Set<String> = []
        for c in 0..<width {
            let path = headerPath(grid, folded, rows: 0..<dataRow, column: c)
            guard let leaf = path.folded.last, let result = spec.columns.first(where: { $0.matches(leaf: leaf, path: leaf) }) else { continue }
            let joined = path.folded.dropLast().joined()
            guard let group = spec.rows.first(where: { $0.matches(leaf: joined, path: joined) }) else { continue }
            guard pairs.insert("\(group.id)/\(result.id)").inserted else { continue }
            rowsSeen.insert(group.id)
            colsSeen.insert(result.id)
            let col = MappedColumn(column: c, spec: result, label: path.written.last ?? "")
            out.cells.append(cell(spec, row: group, rowLabel: path.written.dropLast().joined(separator: " / "), col: col,
                                  text: grid.rows[dataRow][c].text, folded: folded[dataRow][c], diagnostics: &out.diagnostics))
        }
        // Three results or more of the 复议 group, or the table is something else that mentions 复议.
        guard pairs.count >= spec.columns.count else { return DisclosureFindings() }
        for id in rowsSeen { out.seen.insert("\(spec.id)/\(id)") }
        for id in colsSeen { out.seen.insert("\(spec.id)/\(id)") }
        return out
    }

    // MARK: Parts

    /// A data column mapped to its canonical column.
    struct MappedColumn {
        /// Grid column.
        let column: Int
        /// Canonical column.
        let spec: DisclosureLabelSpec
        /// The column's label as written (header path joined).
        let label: String
    }

    /// The first cell (row, column) whose folded text satisfies `test`.
    private func firstCell(_ folded: [[String]], where test: (String) -> Bool) -> (Int, Int)? {
        for (r, row) in folded.enumerated() { for (c, t) in row.enumerated() where !t.isEmpty && test(t) { return (r, c) } }
        return nil
    }

    /// The canonical row a grid row's label columns name, if any.
    private func rowMatch(_ spec: DisclosureTableSpec, _ folded: [String], labelColumns: Int) -> DisclosureLabelSpec? {
        var path: [String] = []
        for c in 0..<min(labelColumns, folded.count) where !folded[c].isEmpty && path.last != folded[c] && !path.contains(folded[c]) {
            path.append(folded[c])
        }
        guard let leaf = path.last else { return nil }
        return spec.rows.first { $0.matches(leaf: leaf, path: path.joined()) }
    }

    /// The distinct non-empty texts of `columns` in one row: folded and as written.
    private func labelPath(_ row: [TableGridCell], _ folded: [String], columns: Range<Int>) -> (folded: [String], written: String) {
        var f: [String] = []
        var w: [String] = []
        for c in columns where c < folded.count && !folded[c].isEmpty && !f.contains(folded[c]) {
            f.append(folded[c])
            w.append(row[c].text)
        }
        return (f, w.joined(separator: " / "))
    }

    /// The distinct non-empty texts of one column over the header rows: folded and as written.
    private func headerPath(_ grid: TableGrid, _ folded: [[String]], rows: Range<Int>, column: Int) -> (folded: [String], written: [String]) {
        var f: [String] = []
        var w: [String] = []
        for r in rows where column < folded[r].count && !folded[r][column].isEmpty && f.last != folded[r][column] {
            f.append(folded[r][column])
            w.append(grid.rows[r][column].text)
        }
        return (f, w)
    }

    /// Data columns from `from` on whose header leaf names a canonical column; a column spanned from its left
    /// neighbour with the same header is the same column, and each canonical column is taken once.
    private func columnMap(_ spec: DisclosureTableSpec, _ grid: TableGrid, _ folded: [[String]], headerRows: Range<Int>,
                           from: Int) -> [MappedColumn] {
        var out: [MappedColumn] = []
        for c in from..<grid.columnCount {
            let path = headerPath(grid, folded, rows: headerRows, column: c)
            guard let leaf = path.folded.last,
                  let col = spec.columns.first(where: { $0.matches(leaf: leaf, path: path.folded.joined()) }),
                  !out.contains(where: { $0.spec.id == col.id }) else { continue }
            out.append(MappedColumn(column: c, spec: col, label: path.written.joined(separator: " / ")))
        }
        return out
    }

    /// Whether enough of the table's rows (for the version that fits best) and columns were found; records them.
    private func accept(_ spec: DisclosureTableSpec, rows: Set<String>, columns: Set<String>, grid: TableGrid,
                        into out: inout DisclosureFindings) -> Bool {
        var best = 0.0
        var missing: [String] = []
        for version in ["2019", "2021"] {
            let expected = spec.rows.filter { $0.versions.contains(version) }.map(\.id)
            guard !expected.isEmpty else { continue }
            let share = Double(expected.filter(rows.contains).count) / Double(expected.count)
            if share > best { best = share; missing = expected.filter { !rows.contains($0) } }
        }
        guard best >= rules.minRowShare, columns.count >= rules.minColumns else { return false }
        let missingColumns = spec.columns.map(\.id).filter { !columns.contains($0) }
        if !missing.isEmpty || !missingColumns.isEmpty {
            out.diagnostics.append(Diagnostic(.disclosurePartial, stage: .extract, severity: .info,
                "\(spec.id): table \(grid.index) lacks rows \(missing.isEmpty ? "-" : missing.joined(separator: " ")) and columns \(missingColumns.isEmpty ? "-" : missingColumns.joined(separator: " ")) of the template"))
        }
        for id in rows { out.seen.insert("\(spec.id)/\(id)") }
        for id in columns { out.seen.insert("\(spec.id)/\(id)") }
        return true
    }

    /// One cell: its value read, money converted to 万元 (said in a diagnostic), unreadable text kept as text.
    private func cell(_ spec: DisclosureTableSpec, row: DisclosureLabelSpec, rowLabel: String, col: MappedColumn,
                      text: String, folded: String, diagnostics: inout [Diagnostic]) -> DisclosureCell {
        let v = DisclosureValue.read(folded, blankMarks: blankMarks)
        var value = v.number
        if v.unreadable {
            diagnostics.append(Diagnostic(.disclosureCellUnreadable, stage: .extract,
                "\(spec.id): cell row \(row.id) column \(col.spec.id) reads \"\(text)\", not a number: left empty"))
        }
        if col.spec.money == true, let n = value {
            // The column's own unit (its header: （万元）, （元）) unless the cell states one.
            var header = DisclosureLabel.fold(col.label)
            while header.hasSuffix(")") { header.removeLast() }
            let headerUnit = rules.moneyUnits.keys.sorted { $0.count > $1.count }.first { header.hasSuffix($0) }
            let unit = v.unit ?? headerUnit ?? "万元"
            if let factor = rules.moneyUnits[unit] {
                // Rounded so that 38000元 is 3.8 万元, not 3.8000000000000003.
                value = (n * factor * Self.moneyScale).rounded() / Self.moneyScale
                if unit != "万元" {
                    diagnostics.append(Diagnostic(.disclosureUnitConverted, stage: .extract, severity: .info,
                        "\(spec.id): cell row \(row.id) column \(col.spec.id) \"\(text)\" is in \(unit): written as \(Cell.format(value!)) 万元"))
                }
            } else {
                value = nil
                diagnostics.append(Diagnostic(.disclosureCellUnreadable, stage: .extract,
                    "\(spec.id): cell row \(row.id) column \(col.spec.id) \"\(text)\" has unit \(unit), not a money unit: left empty"))
            }
        }
        return DisclosureCell(template: "", table: spec.id, rowID: row.id, rowLabel: rowLabel, colID: col.spec.id,
                              colLabel: col.label, value: value, blank: v.blank, text: text)
    }
}
