/// Reads the template tables out of a plain-text report, where they were flattened into lines (one cell per line,
/// or a row per line with cells separated by spaces, tabs or `|`), back into grids the recognizer reads like any
/// other: the label sequence (canonical header and row labels, numbering markers for the row hierarchy) finds
/// them, and a row is kept only when its value count fits the header.
struct DisclosureTextReader: Sendable {
    /// The template as data.
    let rules: DisclosureRules
    /// Folded blank marks that can stand as a token (the empty one cannot).
    let blankMarks: Set<String>
    /// Longest label token considered a table label (longer runs are prose).
    static let maxLabelScalars = 80
    /// Least number of groups (行政复议, 未经复议直接起诉, 复议后起诉) a flattened table 四 must name.
    static let minReviewGroups = 2
    /// Longest unit a value token may carry (`件`, `万元`, `元`).
    static let maxUnitScalars = 3
    /// A piece whose folded form would hold more scalars than this is prose (over `maxLabelScalars`, and far too
    /// long for a blank mark or a number with a unit of at most `maxUnitScalars`), so it is not folded: it only ends
    /// a labels-then-values run. Folding every sentence of a report was most of this reader's cost.
    static let proseWithoutFolding = 2 * maxLabelScalars

    /// The template's own header text of a column (its label without the parent: 法人或其他组织：其他 → 其他).
    static func leafLabel(_ spec: DisclosureLabelSpec) -> String {
        spec.label_zh.split(separator: "：").last.map(String.init) ?? spec.label_zh
    }

    /// Compiles the rules.
    init(rules: DisclosureRules) {
        self.rules = rules
        blankMarks = Set(rules.blankMarks.map(DisclosureLabel.fold).filter { !$0.isEmpty })
    }

    /// The grids of the template tables found in `text` (first index `firstIndex`).
    func grids(_ text: String, firstIndex: Int) -> [TableGrid] {
        let segments = Self.segments(tokens(text))
        var out: [TableGrid] = []
        for grid in [applications(segments), proactive(segments), review(segments)] {
            guard let rows = grid else { continue }
            out.append(TableGrid(index: firstIndex + out.count, rows: rows, headerRows: 1))
        }
        return out
    }

    /// Every token of the text, line by line.
    private func tokens(_ text: String) -> [DisclosureTextToken] {
        var out: [DisclosureTextToken] = []
        for raw in DisclosureTextSplitter.pieces(text) {
            let written = String(raw)
            if Self.foldedCount(raw, exceeds: Self.proseWithoutFolding) {
                // `folded` is the text as written: `isProse` reads only its length, and a prose token joins no run.
                out.append(DisclosureTextToken(text: written, folded: written, isValue: false, level: nil))
                continue
            }
            let folded = DisclosureLabel.fold(written)
            guard !folded.isEmpty else { continue }
            let v = DisclosureValue.read(folded, blankMarks: blankMarks)
            let level = DisclosureLabel.markerLevel(folded)
            // `3.其他` is a numbered label, not the value 3 in unit 其他.
            let isValue = (v.number != nil && (v.unit?.unicodeScalars.count ?? 0) <= Self.maxUnitScalars
                           && (v.unit == nil || level == nil)) || v.blank
            out.append(DisclosureTextToken(text: written, folded: folded, isValue: isValue,
                                           level: isValue ? nil : level))
        }
        return out
    }

    /// Whether `DisclosureLabel.fold(piece)` would hold more than `limit` scalars: the width fold maps a scalar to
    /// one or none and the rule view maps one to one, so the count is that of scalars folding to a non-space one
    /// (stops counting past the limit).
    private static func foldedCount(_ piece: Substring, exceeds limit: Int) -> Bool {
        var n = 0
        for s in piece.unicodeScalars {
            guard let f = WidthFolder.fold(s), !f.properties.isWhitespace else { continue }
            n += 1
            if n > limit { return true }
        }
        return false
    }

    /// Labels-then-values runs.
    private static func segments(_ tokens: [DisclosureTextToken]) -> [DisclosureTextSegment] {
        var out: [DisclosureTextSegment] = []
        var current = DisclosureTextSegment(labels: [], values: [])
        for t in tokens {
            if t.isValue { current.values.append(t); continue }
            if !current.values.isEmpty || isProse(t) {
                out.append(current)
                current = DisclosureTextSegment(labels: [], values: [])
            }
            if !isProse(t) { current.labels.append(t) }
        }
        out.append(current)
        return out.filter { !$0.labels.isEmpty || !$0.values.isEmpty }
    }

    /// Whether a label token is a sentence, not a table label: it ends a segment and joins none.
    private static func isProse(_ t: DisclosureTextToken) -> Bool {
        t.folded.unicodeScalars.count > maxLabelScalars || t.folded.contains("。")
    }

    /// Whether a label token names one of `specs` (matched on itself).
    private func names(_ t: DisclosureTextToken, _ specs: [DisclosureLabelSpec]) -> DisclosureLabelSpec? {
        specs.first { $0.matches(leaf: t.folded, path: t.folded) }
    }

    /// Table 三: a header naming the applicant columns (or, without one, a first row of as many values as the
    /// template has columns), then rows whose label path names a canonical row, up to 四 结转下年度.
    private func applications(_ segments: [DisclosureTextSegment]) -> [[TableGridCell]]? {
        guard let spec = rules.table("applications") else { return nil }
        var header: [String] = []
        var start: Int?
        var firstLabels: [DisclosureTextToken] = []
        for (i, s) in segments.enumerated() {
            let heads = s.labels.enumerated().filter { $0.element.level == nil && names($0.element, spec.columns) != nil }
            guard heads.contains(where: { names($0.element, spec.columns)?.id == spec.anchorColumns?.first }) else { continue }
            var byID: [String: String] = [:]
            for h in heads where byID[names(h.element, spec.columns)!.id] == nil { byID[names(h.element, spec.columns)!.id] = h.element.text }
            // A header of several rows, flattened, lists a rowspan cell (自然人, 总计) before the cells under its
            // neighbour (商业企业 …): the text does not give the column order, the template does.
            header = spec.columns.compactMap { byID[$0.id] }
            firstLabels = Array(s.labels[(heads.last!.offset + 1)...])
            start = i
            break
        }
        if start == nil {
            // No header words: the template's own columns, if a 本年新收 row has exactly as many values.
            guard let i = segments.firstIndex(where: { s in
                s.values.count == spec.columns.count && s.labels.last.map { names($0, spec.rows)?.id == "new" } == true
            }) else { return nil }
            header = spec.columns.map(Self.leafLabel)
            start = i
            firstLabels = segments[i].labels
        }
        var stack: [Int: DisclosureTextToken] = [:]
        var rows: [[String]] = []
        for i in start!..<segments.count {
            let s = segments[i]
            let labels = i == start ? firstLabels : s.labels
            var leaf: [DisclosureTextToken] = []
            for (k, t) in labels.enumerated() {
                // A marked label sets its level and clears the deeper ones; unmarked labels before the last one of
                // the run are parents (a group without its （三）), the last one is the row's own label.
                let level = t.level ?? (k < labels.count - 1 ? 2 : nil)
                if let level {
                    stack[level] = t
                    for deeper in (level + 1)...4 { stack[deeper] = nil }
                    if k == labels.count - 1 { leaf = [] }
                } else { leaf.append(t) }
            }
            guard !s.values.isEmpty else { continue }
            if rows.isEmpty, header.count != spec.columns.count, s.values.count == spec.columns.count {
                // Header words broken over lines (商业<br>企业) leave fewer header tokens than the rows have values;
                // rows as wide as the template take the template's columns.
                header = spec.columns.map(Self.leafLabel)
            }
            let path = (1...4).compactMap { stack[$0] } + leaf
            guard let last = path.last,
                  let row = spec.rows.first(where: { $0.matches(leaf: last.folded, path: path.map(\.folded).joined()) }),
                  s.values.count == header.count else {
                if !rows.isEmpty { break }
                continue
            }
            rows.append(path.map(\.text) + s.values.map(\.text))
            if row.id == "carried_out" { break }
            // Marked labels deeper than the group persist; the row's own label does not.
            if let l = last.level, l >= 3 { stack[l] = nil }
        }
        guard !rows.isEmpty else { return nil }
        let labelWidth = rows.map { $0.count - header.count }.max()!
        var grid: [[TableGridCell]] = [Array(repeating: TableGridCell(text: "", isHeader: true), count: labelWidth)
            + header.map { TableGridCell(text: $0, isHeader: true) }]
        for r in rows {
            let labels = Array(r.prefix(r.count - header.count))
            let padded = labels + Array(repeating: labels.last!, count: labelWidth - labels.count)
            grid.append(padded.enumerated().map { TableGridCell(text: $1, isSpanned: $0 >= labels.count) }
                + r.suffix(header.count).map { TableGridCell(text: $0) })
        }
        return grid
    }

    /// Table 二: header runs naming canonical columns, each followed by rows named by a canonical row label and
    /// holding as many values as that header has columns.
    private func proactive(_ segments: [DisclosureTextSegment]) -> [[TableGridCell]]? {
        guard let spec = rules.table("proactive") else { return nil }
        var grid: [[TableGridCell]] = []
        var header: [String] = []
        var dataRows = 0
        for s in segments {
            let heads = s.labels.filter { $0.level == nil && names($0, spec.columns) != nil }
            if !heads.isEmpty {
                header = heads.map(\.text)
                grid.append([TableGridCell(text: "", isHeader: true)] + header.map { TableGridCell(text: $0, isHeader: true) })
            }
            guard let last = s.labels.last, names(last, spec.rows) != nil, !header.isEmpty, s.values.count == header.count
            else { continue }
            grid.append([TableGridCell(text: last.text)] + s.values.map { TableGridCell(text: $0.text) })
            dataRows += 1
        }
        return dataRows > 0 ? grid : nil
    }

    /// Table 四: the group labels (行政复议, 未经复议直接起诉, 复议后起诉) and result labels (结果维持 … 总计) in
    /// template order, followed by one value per group and result; or the same transposed.
    private func review(_ segments: [DisclosureTextSegment]) -> [[TableGridCell]]? {
        guard let spec = rules.table("review_litigation") else { return nil }
        // 四 may be split in blocks (行政复议, then 行政诉讼), each its group labels, results and values: adjacent
        // blocks naming different groups join into one table, which must name `minReviewGroups` groups in all.
        var top: [TableGridCell] = [], second: [TableGridCell] = [], values: [TableGridCell] = []
        var joined: Set<String> = []
        for s in segments {
            var groups: [(token: DisclosureTextToken, id: String)] = []
            var results: [DisclosureTextToken] = []
            var resultIDs: Set<String> = []
            for t in s.labels {
                if let g = names(t, spec.rows), !groups.contains(where: { $0.id == g.id }) { groups.append((t, g.id)) }
                else if let r = names(t, spec.columns), resultIDs.insert(r.id).inserted { results.append(t) }
            }
            // The values say how many groups the block has: the labels nearest the results are they, and one
            // before them is a heading that names a group in passing (四、政府信息公开行政复议、行政诉讼情况).
            if !results.isEmpty, s.values.count % results.count == 0, s.values.count / results.count < groups.count {
                groups = Array(groups.suffix(s.values.count / results.count))
            }
            let groupIDs = Set(groups.map(\.id))
            guard !groups.isEmpty, results.count == spec.columns.count, s.values.count == groups.count * results.count,
                  joined.isDisjoint(with: groupIDs) else {
                if joined.count >= Self.minReviewGroups { break }
                top = []; second = []; values = []; joined = []
                continue
            }
            top += groups.flatMap { g in Array(repeating: TableGridCell(text: g.token.text, isHeader: true), count: results.count) }
            second += groups.flatMap { _ in results.map { TableGridCell(text: $0.text, isHeader: true) } }
            values += s.values.map { TableGridCell(text: $0.text) }
            joined.formUnion(groupIDs)
            if joined.count == spec.rows.count { break }
        }
        if joined.count >= Self.minReviewGroups { return [top, second, values] }
        return transposedReview(segments, spec)
    }

    /// Table 四 transposed (a result per row, a group per column): labels naming the groups, then one row per
    /// result holding one value per group, read back into the template's layout (groups × results, one data row).
    private func transposedReview(_ segments: [DisclosureTextSegment], _ spec: DisclosureTableSpec) -> [[TableGridCell]]? {
        for (i, s) in segments.enumerated() {
            // The header's group labels and the first result row share a segment (labels, then that row's values).
            guard let first = s.labels.last, names(first, spec.columns) != nil else { continue }
            var groups: [DisclosureTextToken] = []
            var groupIDs: Set<String> = []
            for t in s.labels.dropLast() {
                if let g = names(t, spec.rows), groupIDs.insert(g.id).inserted { groups.append(t) }
            }
            guard groups.count >= Self.minReviewGroups, s.values.count == groups.count else { continue }
            var results: [(label: DisclosureTextToken, values: [DisclosureTextToken])] = []
            var resultIDs: Set<String> = []
            for r in segments[i...] {
                guard let label = r.labels.last, let id = names(label, spec.columns)?.id, r.values.count == groups.count,
                      resultIDs.insert(id).inserted else { break }
                results.append((label, r.values))
            }
            guard results.count == spec.columns.count else { continue }
            let top = groups.flatMap { g in Array(repeating: TableGridCell(text: g.text, isHeader: true), count: results.count) }
            let second = groups.flatMap { _ in results.map { TableGridCell(text: $0.label.text, isHeader: true) } }
            let values = groups.indices.flatMap { g in results.map { TableGridCell(text: $0.values[g].text) } }
            return [top, second, values]
        }
        return nil
    }
}
