/// Reads a disclosure page's header table (索引号 / 分类 / 发布机构 / 成文日期 / 发布日期 / 文号 / 主题词 / 有效性) at
/// the head of a body, in any of its layouts: `label：value` lines, label and value on lines of their own, or
/// a table row of label and value cells (tab-separated), and takes it out of the body.
struct HeaderTable: Sendable {
    /// Field names by label (spaces and colons removed).
    let labels: [String: String]
    /// Fewest fields that make a header table.
    let minFields: Int
    /// How many lines from the start the table may reach.
    let window: Int
    /// Rule id recorded for its lines.
    static let rule = "header-table"
    /// Longest value (scalars) taken from a header line or the line after a bare label.
    static let maxValueLength = 80
    /// Longest label cell in UTF-8 bytes (six characters with spaces and a colon between them).
    static let maxLabelBytes = 48

    /// First scalars of the labels, for a one-lookup rejection of other lines.
    let firstScalars: Set<Unicode.Scalar>

    /// Takes the table from the rule file.
    init(rules: EdgeRules) {
        labels = HeaderTable.withTimeVariants(rules.headerLabels)
        firstScalars = Set(labels.keys.compactMap { $0.unicodeScalars.first })
        minFields = rules.headerMinFields
        window = rules.headerWindowLines
    }

    /// Field names whose labels are dates: the ones whose `…日期` label CMSs also write `…时间`.
    static let dateFields: Set<String> = ["written", "published", "~published"]

    /// `labels` plus, for each date label `X日期`, its `X时间` spelling (`成文时间`, `公开时间`): CMS header templates
    /// use either word for the same field, so the variant is derived from the rule file instead of listed twice.
    static func withTimeVariants(_ labels: [String: String]) -> [String: String] {
        var out = labels
        for (label, field) in labels where dateFields.contains(field) && label.hasSuffix("日期") {
            let variant = String(label.dropLast(2)) + "时间"
            if out[variant] == nil { out[variant] = field }
        }
        return out
    }

    /// A label without spaces and a trailing colon (`索 引 号：` → `索引号`), when it is one of ours.
    func field(_ text: Substring) -> String? {
        // A label is a few characters, however spaced out; longer text is a value or prose.
        guard text.utf8.count <= HeaderTable.maxLabelBytes else { return nil }
        var scalars = String.UnicodeScalarView()
        // Labels are spaced out with any kind of space (`索\u{2002}引\u{2002}号`).
        for s in text.unicodeScalars where !TextScan.isBlank(s) && !s.properties.isWhitespace { scalars.append(s) }
        while let last = scalars.last, last == "：" || last == ":" { scalars.removeLast() }
        guard scalars.count >= 2, scalars.count <= 6 else { return nil }
        return labels[String(scalars)]
    }

    /// The fields of one line: `(field, value)` pairs, or nil when the line is not a header line. A bare label
    /// returns one pair with an empty value (the next line holds it).
    func parse(_ line: String) -> [(String, String)]? {
        // Most lines are prose or links: a header line starts with a label's first character, and only a short
        // line, a row of cells or a colon near the start can be one.
        guard let head = line.unicodeScalars.first, firstScalars.contains(head) else { return nil }
        let utf8 = line.utf8
        if utf8.count > HeaderTable.maxLabelBytes && !utf8.contains(0x09)
            && !utf8.prefix(HeaderTable.maxLabelBytes).contains(where: { $0 == 0x3A || $0 == 0xBC }) {
            return nil
        }
        // Cells of a table row, or `label：value` pairs separated by spaces.
        let cells = line.split(separator: "\t", omittingEmptySubsequences: true)
        var pairs: [(String, String)] = []
        if cells.count >= 2 {
            var i = 0
            while i < cells.count {
                if let f = field(cells[i]) {
                    let value = i + 1 < cells.count && field(cells[i + 1]) == nil ? TextScan.trimmed(cells[i + 1]) : ""
                    pairs.append((f, value))
                    i += value.isEmpty ? 1 : 2
                } else if let pair = labelled(cells[i]) {
                    pairs.append(pair)
                    i += 1
                } else {
                    return nil
                }
            }
            return pairs.isEmpty ? nil : pairs
        }
        if let f = field(line[...]) { return [(f, "")] }
        if let pairs = labelledRun(line), pairs.count >= Self.minFieldsOnOneLine { return pairs }
        if let pair = labelled(line[...]) { return [pair] }
        return nil
    }

    /// Fewest fields a line (or a row of bare labels) must hold to be read as several fields at once.
    static let minFieldsOnOneLine = 2

    /// `label：value　label：value …` on one line: the line split at blank runs and bars, a part that starts with one of
    /// our labels opens a field, other parts continue the value before them (`2024-03-05 10:20`); nil when the
    /// first part is no label. Without this the first label took all the others as its value.
    func labelledRun(_ line: String) -> [(String, String)]? {
        var parts: [Substring] = []
        var start: String.UnicodeScalarView.Index?
        let scalars = line.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            // A bar between the fields (`索引号：… | 发布机构：…`) separates them as a blank does.
            let blank = TextScan.isBlank(scalars[i]) || scalars[i].properties.isWhitespace
                || HeaderTable.fieldBars.contains(scalars[i])
            if blank, let s = start {
                parts.append(Substring(scalars[s..<i]))
                start = nil
            } else if !blank && start == nil {
                start = i
            }
            i = scalars.index(after: i)
        }
        if let s = start { parts.append(Substring(scalars[s...])) }
        guard parts.count >= Self.minFieldsOnOneLine else { return nil }
        var pairs: [(String, String)] = []
        var pendingLabel = false
        for part in parts {
            if let pair = labelled(part) {
                pairs.append(pair)
                pendingLabel = false
            } else if let f = field(part) {
                pairs.append((f, ""))
                pendingLabel = true
            } else if let last = pairs.last {
                // A bare label's value, or the rest of a value that holds a blank.
                pairs[pairs.count - 1].1 = pendingLabel || last.1.isEmpty ? String(part) : last.1 + " " + part
                pendingLabel = false
            } else {
                return nil
            }
        }
        return pairs
    }

    /// Marks that separate the fields of one header line like a blank (never inside a value: dates use `/`).
    static let fieldBars: Set<Unicode.Scalar> = ["|", "｜", "丨", "¦"]

    /// Fields with the weak labels' values (`weakPrefix`) folded in: a weak label fills a field only when no
    /// other label did (`生成日期` is a record's creation date, the page's `发布日期` wins over it).
    static func resolved(_ fields: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (f, v) in fields where !f.hasPrefix(weakPrefix) && !isPlaceholder(v) { out[f] = v }
        for (f, v) in fields where f.hasPrefix(weakPrefix) && !isPlaceholder(v) {
            let name = String(f.dropFirst(weakPrefix.count))
            if out[name] == nil { out[name] = v }
        }
        return out
    }

    /// Values a CMS prints in an empty field (`文号：无`, `索引号：/`): they say the field has no value.
    static let placeholderValues: Set<String> = ["无", "暂无", "空", "无文号", "null", "NULL", "N/A", "n/a", "none", "None"]

    /// Whether a header value only says "none": a placeholder word, or nothing but dashes, slashes and dots.
    static func isPlaceholder(_ value: String) -> Bool {
        if placeholderValues.contains(value) { return true }
        return !value.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// The fields of a row of bare labels (`索引号	发文机关	成文日期`, two or more, no values): the next row holds
    /// their values column by column; nil for any other line.
    static func labelRow(_ pairs: [(String, String)]) -> [String]? {
        pairs.count >= minFieldsOnOneLine && pairs.allSatisfy({ $0.1.isEmpty }) ? pairs.map(\.0) : nil
    }

    /// Fills the fields of a label row from the row of values under it, when its cells line up one for one
    /// (a row that does not line up gives no value rather than one from the wrong column).
    static func fill(_ row: [String], from line: String, into fields: inout [String: String]) {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { TextScan.trimmed($0) }
        guard cells.count == row.count else { return }
        for (f, v) in zip(row, cells) where !v.isEmpty && fields[f] == nil
            && !TextScan.scalarCount(v, exceeds: HeaderTable.maxValueLength) {
            fields[f] = v
        }
    }

    /// Marks a field name in the label table as weak (`"生成日期": "~published"`).
    static let weakPrefix = "~"

    /// `label：value` when the label is ours.
    func labelled(_ text: Substring) -> (String, String)? {
        // The colon ends a label, so it stands within the label's length of the start.
        guard let colon = text.unicodeScalars.prefix(HeaderTable.maxLabelBytes / 3)
            .firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = Substring(text.unicodeScalars[..<colon])
        guard let f = field(label) else { return nil }
        let value = TextScan.trimmed(Substring(text.unicodeScalars[text.unicodeScalars.index(after: colon)...]))
        return value.unicodeScalars.count <= HeaderTable.maxValueLength ? (f, value) : nil
    }

    /// Marks the header table's lines in `marks` and returns its fields (first value of each field wins), or an
    /// empty dictionary when the head of `lines` holds no table of at least `minFields` fields.
    func mark(_ lines: [String], rules marks: inout [String?]) -> [String: String] {
        var fields: [String: String] = [:]
        var taken: [Int] = []
        var count = 0
        var pending: String?
        var pendingRow: [String]?
        var i = 0
        var started = false
        while i < min(lines.count, window) {
            if marks[i] != nil && !started { i += 1; continue }
            if let pairs = parse(lines[i]) {
                started = true
                pending = nil
                pendingRow = Self.labelRow(pairs)
                for (f, v) in pairs {
                    count += 1
                    if pendingRow != nil { continue }
                    if v.isEmpty { pending = f } else if fields[f] == nil { fields[f] = v }
                }
                taken.append(i)
            } else if let row = pendingRow {
                Self.fill(row, from: lines[i], into: &fields)
                pendingRow = nil
                taken.append(i)
            } else if let f = pending, !TextScan.scalarCount(lines[i], exceeds: HeaderTable.maxValueLength) {
                if fields[f] == nil { fields[f] = lines[i] }
                pending = nil
                taken.append(i)
            } else if started {
                break
            }
            i += 1
        }
        guard count >= minFields else { return [:] }
        for k in taken where marks[k] == nil { marks[k] = HeaderTable.rule }
        return Self.resolved(fields)
    }

    /// Header fields found anywhere in `lines` (the lines before the body and the chrome removed from it, where a
    /// metadata box above the content sits), or an empty dictionary when fewer than `minFields` are found.
    func collect(_ lines: [String]) -> [String: String] {
        var fields: [String: String] = [:]
        var count = 0
        var pending: String?
        var pendingRow: [String]?
        for line in lines {
            if let pairs = parse(line) {
                pending = nil
                pendingRow = Self.labelRow(pairs)
                for (f, v) in pairs {
                    count += 1
                    if pendingRow != nil { continue }
                    if v.isEmpty { pending = f } else if fields[f] == nil { fields[f] = v }
                }
            } else if let row = pendingRow {
                Self.fill(row, from: line, into: &fields)
                pendingRow = nil
            } else if let f = pending {
                if fields[f] == nil && !TextScan.scalarCount(line, exceeds: HeaderTable.maxValueLength) { fields[f] = line }
                pending = nil
            }
        }
        return count >= minFields ? Self.resolved(fields) : [:]
    }
}
