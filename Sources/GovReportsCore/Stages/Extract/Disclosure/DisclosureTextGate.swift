/// Decides from a plain text's structure, in one pass over its UTF-8 bytes, whether the disclosure text reader can
/// read a template table from it. The reader keeps a table only when the text's table-like pieces (split as the
/// reader splits them, short and sentence-free) name enough of that table's canonical rows and columns
/// (`rules/disclosure.json`: 三 half of a version's rows, 四 every result column and two groups with a run of
/// values, 二 a column and a row followed by a value); the gate checks exactly those needs, so a text it closes is
/// one the reader would have found nothing in. Prose that merely mentions 行政复议 or 自然人 opens nothing.
struct DisclosureTextGate: Sendable {
    /// The template as data.
    let rules: DisclosureRules
    /// Every canonical row and column of every table.
    let labels: [DisclosureGateLabel]
    /// Folded UTF-8 of every key, with the index in `labels` of the label it names.
    let keys: [(bytes: [UInt8], label: Int)]
    /// Indices into `keys` by the key's first scalar.
    let keysByFirstScalar: [UInt32: [Int]]
    /// One bit per value of a first scalar's low 16 bits: whether `keysByFirstScalar` may hold it (a quick no).
    let firstScalarBits: [UInt64]
    /// The first scalars a value may start with when folded: a sign, an ASCII digit, a blank mark's first scalar.
    let valueStarts: Set<UInt32>
    /// Whether the rules hold any exact label (checked only on pieces ending with one).
    let hasExact: Bool
    /// Per table, per template version its rows name, the mask of those rows (the recognizer's row share is taken
    /// over them).
    let versionRows: [[UInt64]]

    /// Compiles the rules.
    init(rules: DisclosureRules) {
        self.rules = rules
        var labels: [DisclosureGateLabel] = []
        for (t, table) in rules.tables.enumerated() {
            for (isColumn, specs) in [(false, table.rows), (true, table.columns)] {
                precondition(specs.count <= UInt64.bitWidth, "a table's rows or columns fit one mask")
                for (k, spec) in specs.enumerated() {
                    labels.append(DisclosureGateLabel(
                        table: t, isColumn: isColumn, position: k, spec: spec,
                        keys: (spec.keys ?? []).map { Array(DisclosureLabel.fold($0).utf8) }.filter { !$0.isEmpty },
                        exact: (spec.exact ?? []).map { Array(DisclosureLabel.fold($0).utf8) }))
                }
            }
        }
        self.labels = labels
        var keys: [(bytes: [UInt8], label: Int)] = []
        var byFirst: [UInt32: [Int]] = [:]
        var bits = [UInt64](repeating: 0, count: (1 << 16) / UInt64.bitWidth)
        for (l, label) in labels.enumerated() {
            for key in label.keys {
                let first = Self.scalar(key, at: 0).value
                byFirst[first, default: []].append(keys.count)
                bits[Int(first & 0xFFFF) >> 6] |= 1 << UInt64(first & 63)
                keys.append((key, l))
            }
        }
        self.keys = keys
        keysByFirstScalar = byFirst
        firstScalarBits = bits
        var starts: Set<UInt32> = Set("+-−0123456789".unicodeScalars.map(\.value))
        for mark in rules.blankMarks {
            if let first = DisclosureLabel.fold(mark).unicodeScalars.first { starts.insert(first.value) }
        }
        valueStarts = starts
        hasExact = labels.contains { !$0.exact.isEmpty }
        versionRows = rules.tables.map { spec in
            Set(spec.rows.flatMap(\.versions)).sorted().map { version in
                spec.rows.indices.filter { spec.rows[$0].versions.contains(version) }.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
            }
        }
    }

    // MARK: Deciding

    /// Whether the reader may find table `t` in a text with this survey: its needs are met, or the survey cannot
    /// tell.
    func readable(_ t: Int, _ survey: DisclosureTextSurvey) -> Bool {
        survey.undecided || needsMet(t, survey)
    }

    /// Whether the survey meets the reader's own needs for table `t`.
    func needsMet(_ t: Int, _ survey: DisclosureTextSurvey) -> Bool {
        let spec = rules.tables[t]
        switch spec.layout {
        case "groups":
            // 四: every result column and two groups named, and a value per group in a row (the template's row
            // holds one per group and result; a transposed table one per group).
            let groups = DisclosureTextReader.minReviewGroups
            return survey.rows[t].nonzeroBitCount >= groups && survey.columns[t].nonzeroBitCount == spec.columns.count
                && survey.longestValueRun >= groups
        case "sequential":
            // 二: a header naming a column, and a row label followed by its values.
            return survey.columns[t] != 0 && survey.rowsBeforeValue[t] != 0
        default:
            // 三: the recognizer keeps the table only with its row share for some version.
            return versionRows[t].contains { expected in
                Double((survey.rows[t] & expected).nonzeroBitCount) / Double(expected.nonzeroBitCount) >= rules.minRowShare
            }
        }
    }

    /// For each of `tables` (none of them read from grids or text): a `disclosure-partial` warning when the text
    /// looks like holding it anyway, because it met the reader's needs or its table-like pieces name at least
    /// `partialTextLabels` of its rows and columns, of both kinds. A skipped table is then never a silent loss.
    func unread(_ tables: [Int], _ survey: DisclosureTextSurvey) -> [Diagnostic] {
        tables.compactMap { t in
            let spec = rules.tables[t]
            let met = needsMet(t, survey)
            let both = survey.rows[t] != 0 && survey.columns[t] != 0
            guard met || (both && survey.labelsNamed(t) >= rules.partialTextLabels) else { return nil }
            let names = labels.filter { $0.table == t && (($0.isColumn ? survey.columns[t] : survey.rows[t]) & $0.bit) != 0 }
                .map(\.spec.id)
            return Diagnostic(.disclosurePartial, stage: .extract,
                "\(spec.id): the text's table-like lines name \(names.count) of its rows and columns (\(names.joined(separator: " "))) but no table was read from them\(met ? ", though they hold what the reader needs" : ""): its cells may be missing")
        }
    }

    // MARK: Surveying

    /// The survey of `text`.
    func survey(_ text: String) -> DisclosureTextSurvey {
        var text = text
        return text.withUTF8 { survey($0) }
    }

    /// The survey of well-formed UTF-8: pieces as `DisclosureTextSplitter` cuts them (at `\n`, space, tab, `|`,
    /// U+3000, `｜`), each counted in folded scalars; a table-like piece (at most `maxLabelScalars`, no `。`) is
    /// folded and matched against the keys.
    func survey(_ p: UnsafeBufferPointer<UInt8>) -> DisclosureTextSurvey {
        var out = DisclosureTextSurvey(tables: rules.tables.count)
        var folded: [UInt8] = []
        folded.reserveCapacity(4 * DisclosureTextReader.maxLabelScalars)
        // Rows the previous non-empty piece named, waiting to see whether this piece is a value.
        var pendingRows: [(table: Int, mask: UInt64)] = []
        var run = 0
        let n = p.count
        var i = 0
        while i < n {
            let (separator, width) = Self.separator(p, at: i)
            if separator { i += width; continue }
            // One piece: from `start` to the next separator.
            let start = i
            var count = 0
            var sentence = false
            var inert = true
            var firstInert = true
            var lastInert = true
            var firstKept: UInt32?
            while i < n {
                let b = p[i]
                if b >= 0xE4 && b <= 0xE9 {
                    // CJK ideographs U+4000–U+9FFF: kept by the fold, inert, never a separator.
                    if firstKept == nil { firstKept = Self.scalar(p, at: i).value }
                    count += 1
                    lastInert = true
                    i += 3
                    continue
                }
                let (isSeparator, _) = Self.separator(p, at: i)
                if isSeparator { break }
                let s = Self.scalar(p, at: i)
                let v = s.value
                if v == 0x0D { out.undecided = true }
                if v == 0x3002 { sentence = true }
                let thisInert = Self.inert(v)
                if i == start { firstInert = thisInert }
                lastInert = thisInert
                if !thisInert { inert = false }
                if !Self.dropsInFold(v) {
                    count += 1
                    if firstKept == nil { firstKept = WidthFolder.ruleView(v) }
                }
                i += Self.width(b)
            }
            // A grapheme cluster across a separator (a combining mark after a space, a prepended mark before one)
            // makes the reader's `Character` split differ from this one.
            if (!firstInert && start > 0) || (!lastInert && i < n) { out.undecided = true }
            // A piece that folds to nothing is no token of the reader's.
            guard count > 0, let first = firstKept else { continue }
            let value = valueStarts.contains(first)
            for pending in pendingRows where value { out.rowsBeforeValue[pending.table] |= pending.mask }
            pendingRows.removeAll(keepingCapacity: true)
            run = value ? run + 1 : 0
            out.longestValueRun = max(out.longestValueRun, run)
            guard count <= DisclosureTextReader.maxLabelScalars, !sentence else { continue }
            let piece = UnsafeBufferPointer(rebasing: p[start..<i])
            var named: [Int] = []
            if inert {
                Self.fold(piece, into: &folded)
                named = matches(folded)
            } else {
                named = matchesAsWritten(piece)
            }
            for l in named {
                let label = labels[l]
                if label.isColumn { out.columns[label.table] |= label.bit; continue }
                out.rows[label.table] |= label.bit
                if let k = pendingRows.firstIndex(where: { $0.table == label.table }) { pendingRows[k].mask |= label.bit }
                else { pendingRows.append((label.table, label.bit)) }
            }
        }
        return out
    }

    /// The labels a folded, canonically inert piece names: byte comparisons equal the reader's `String` ones there.
    private func matches(_ folded: [UInt8]) -> [Int] {
        var out: [Int] = []
        folded.withUnsafeBufferPointer { f in
            var j = 0
            while j < f.count {
                let first = Self.scalar(f, at: j).value
                if firstScalarBits[Int(first & 0xFFFF) >> 6] & (1 << UInt64(first & 63)) != 0,
                   let candidates = keysByFirstScalar[first] {
                    for k in candidates where Self.hasPrefix(f, at: j, keys[k].bytes) { out.append(keys[k].label) }
                }
                j += Self.width(f[j])
            }
        }
        guard hasExact else { return out }
        var bare: [UInt8]?
        for (l, label) in labels.enumerated() where !label.exact.isEmpty {
            for e in label.exact where folded.count >= e.count && folded.suffix(e.count).elementsEqual(e) {
                // Ends with the exact label: the reader's own marker stripping decides.
                if bare == nil { bare = Array(DisclosureLabel.stripMarker(String(decoding: folded, as: UTF8.self)).utf8) }
                if bare! == e { out.append(l) }
            }
        }
        return out
    }

    /// The labels a piece that is not canonically inert names, matched the reader's way (`String` comparisons).
    private func matchesAsWritten(_ piece: UnsafeBufferPointer<UInt8>) -> [Int] {
        let folded = DisclosureLabel.fold(String(decoding: piece, as: UTF8.self))
        return labels.indices.filter { l in
            let spec = labels[l].spec
            if let keys = spec.keys, keys.contains(where: { Self.contains(folded, $0) }) { return true }
            if let exact = spec.exact { return exact.contains(DisclosureLabel.stripMarker(folded)) }
            return false
        }
    }

    // MARK: Bytes

    /// Whether the scalar at `i` ends a piece, and its width in bytes.
    @inline(__always)
    private static func separator(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (Bool, Int) {
        let b = p[i]
        if b < 0x80 { return (b == 0x0A || b == 0x20 || b == 0x09 || b == 0x7C, 1) }
        // U+3000 (E3 80 80) and U+FF5C ｜ (EF BD 9C).
        if i + 2 < p.count, (b == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80) || (b == 0xEF && p[i + 1] == 0xBD && p[i + 2] == 0x9C) {
            return (true, 3)
        }
        return (false, width(b))
    }

    /// The byte width of the scalar a lead byte starts.
    @inline(__always)
    private static func width(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar at `i` of well-formed UTF-8.
    @inline(__always)
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
        let b = UInt32(p[i])
        let v: UInt32
        switch width(p[i]) {
        case 1: v = b
        case 2: v = (b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
        case 3: v = (b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
        default: v = (b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    /// The same over an array.
    static func scalar(_ a: [UInt8], at i: Int) -> Unicode.Scalar {
        a.withUnsafeBufferPointer { scalar($0, at: i) }
    }

    /// Whether `DisclosureLabel.fold` drops the scalar: whitespace (after `WidthFolder.fold` turns odd spaces into
    /// spaces) and the zero-width scalars `WidthFolder.fold` removes.
    @inline(__always)
    static func dropsInFold(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x09 && v <= 0x0D) || v == 0x20 }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether the scalar is canonically inert (`CanonicallyInert`'s ranges) and its own grapheme cluster beside
    /// any other such scalar (not the halfwidth voiced marks U+FF9E/U+FF9F).
    @inline(__always)
    static func inert(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x2010 && v <= 0x206F) || (v >= 0x3000 && v <= 0x3029) || (v >= 0x3030 && v <= 0x303F)
            || (v >= 0x4000 && v <= 0x9FFF) || (v >= 0xFF00 && v <= 0xFFEF && v != 0xFF9E && v != 0xFF9F)
    }

    /// Whether `text` contains `key`, as `String.contains` decides: by bytes where both are canonically inert with
    /// every scalar its own `Character` (there the answers agree), by `String.contains` elsewhere. Label matching
    /// by Foundation's search was most of the reader's and the recognizer's cost.
    static func contains(_ text: String, _ key: String) -> Bool {
        var t = text
        var k = key
        let bytes: Bool? = t.withUTF8 { tb in
            k.withUTF8 { kb in
                guard !kb.isEmpty, inert(tb), inert(kb) else { return nil }
                guard kb.count <= tb.count else { return false }
                for j in 0...(tb.count - kb.count) where tb[j] == kb[0] && hasPrefix(tb, at: j, kb) { return true }
                return false
            }
        }
        return bytes ?? text.contains(key)
    }

    /// Whether every scalar of well-formed UTF-8 is `inert`.
    static func inert(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < p.count {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            if b >= 0xE4 && b <= 0xE9 { i += 3; continue }
            guard inert(scalar(p, at: i).value) else { return false }
            i += width(b)
        }
        return true
    }

    /// `DisclosureLabel.fold` over the UTF-8 of a canonically inert piece: dropped scalars removed, full-width ASCII
    /// forms (U+FF01–U+FF5E) to ASCII, the rest as written.
    static func fold(_ piece: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var i = 0
        while i < piece.count {
            let b = piece[i]
            let w = width(b)
            if b >= 0xE4 && b <= 0xE9 {
                out.append(b); out.append(piece[i + 1]); out.append(piece[i + 2])
            } else {
                let v = scalar(piece, at: i).value
                if dropsInFold(v) {
                } else if v >= 0xFF01 && v <= 0xFF5E {
                    out.append(UInt8(WidthFolder.ruleView(v)))
                } else {
                    for k in 0..<w { out.append(piece[i + k]) }
                }
            }
            i += w
        }
    }

    /// Whether `f` holds `key` at `j`.
    @inline(__always)
    private static func hasPrefix(_ f: UnsafeBufferPointer<UInt8>, at j: Int, _ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { hasPrefix(f, at: j, $0) }
    }

    /// Whether `f` holds `key` at `j`.
    @inline(__always)
    private static func hasPrefix(_ f: UnsafeBufferPointer<UInt8>, at j: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard j + key.count <= f.count else { return false }
        for k in 0..<key.count where f[j + k] != key[k] { return false }
        return true
    }
}
