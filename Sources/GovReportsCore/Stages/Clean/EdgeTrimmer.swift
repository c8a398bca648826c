/// Removes chrome that only its place in the text gives away: a trailing related-link or legal-notice block and
/// what follows it, and short unpunctuated lines (portal section names, toolbar fragments) that stand between
/// chrome lines at the head or tail of a text.
struct EdgeTrimmer: Sendable {
    /// The rule table.
    let rules: EdgeRules
    /// Related-block headings, as scalar strings, for exact comparison after brackets are stripped.
    let related: Set<String>
    /// Legal-notice headings.
    let legal: Set<String>

    /// Rule id recorded for lines of a trailing block.
    static let tailRule = "tail-block"
    /// Rule id recorded for short lines between chrome lines at the head or tail.
    static let edgeRule = "edge-run"

    /// Prepares the lookup sets.
    init(rules: EdgeRules) {
        self.rules = rules
        related = Set(rules.relatedHeadings)
        legal = Set(rules.legalHeadings)
    }

    /// Marks, in `rules` (one entry per line: the chrome rule that removes it, or nil), the trailing block and the
    /// edge lines of `lines`. Lines already marked keep their rule.
    func mark(_ lines: [String], rules marks: inout [String?]) {
        guard !lines.isEmpty else { return }
        markTailBlock(lines, &marks)
        markEdges(lines, &marks)
    }

    /// The heading kind of a line: `legal`, `related`, or nil when it is no block heading.
    func headingKind(_ line: String) -> Character? {
        guard !TextScan.scalarCount(line, exceeds: rules.headingMaxLength) else { return nil }
        let core = EdgeTrimmer.stripDecoration(line)
        if legal.contains(core) { return "L" }
        if related.contains(core) { return "R" }
        return nil
    }

    /// Scalars that decorate a heading line.
    static let decoration: Set<Unicode.Scalar> = ["[", "]", "【", "】", "(", ")", "（", "）", ":", "：", ">", "＞", "»",
                                                  " ", "\u{3000}", "\t", "·", "•", "|", "｜"]

    /// A heading line without brackets, colons and arrows around it (`【相关链接】`, `相关报道：`, `相关文章>>`).
    static func stripDecoration(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        while let first = scalars.first, decoration.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, decoration.contains(last) { scalars.removeLast() }
        return ScalarString.make(scalars[...])
    }

    /// Cuts a trailing related-link block (heading, then only link-like lines) or legal notice (heading and all
    /// after it), when the heading stands near the end and what it cuts is a small share of the text.
    func markTailBlock(_ lines: [String], _ marks: inout [String?]) {
        // Shares in UTF-8 bytes: a cheap stand-in for characters (the text is almost all three-byte CJK).
        let total = lines.reduce(0) { $0 + $1.utf8.count }
        var after = 0
        var allLinkLike = true
        var cut: Int?
        let first = max(0, lines.count - rules.tailWindowLines)
        var i = lines.count - 1
        while i >= first {
            let line = lines[i]
            if let kind = headingKind(line), i > 0 {
                let share = Double(after) / Double(max(total, 1))
                if share > max(rules.maxTailShare, rules.maxLegalShare) { break }
                if kind == "L" && share <= rules.maxLegalShare { cut = i }
                if kind == "R" && allLinkLike && share <= rules.maxTailShare { cut = i }
            }
            after += line.utf8.count
            if TextScan.scalarCount(line, exceeds: rules.relatedItemMaxLength) || TextScan.endsLikeSentence(line)
                || AttachmentName.namesFile(line) {
                allLinkLike = false
            }
            i -= 1
        }
        guard let cut else { return }
        for k in cut..<lines.count where marks[k] == nil { marks[k] = EdgeTrimmer.tailRule }
    }

    /// Whether a short line may be taken as chrome by its neighbours: short, without sentence punctuation, no
    /// date digits, no title word.
    func isEdgeCandidate(_ line: String) -> Bool {
        if TextScan.scalarCount(line, exceeds: rules.edgeLineMaxLength) { return false }
        if TextScan.hasFourDigits(line) { return false }
        for scalar in line.unicodeScalars {
            switch scalar {
            case "。", "，", "；", "！", "？", ",", ";", "、": return false
            default: continue
            }
        }
        if endsLikeShortTitle(line) { return false }
        return !rules.protectedWords.contains { line.contains($0) }
    }

    /// Marks runs of up to `edgeRunMaxLines` short candidate lines that stand between chrome lines (or the text's
    /// edge), walking in from each end until the first run that is not so enclosed.
    func markEdges(_ lines: [String], _ marks: inout [String?]) {
        let n = lines.count
        /// Whether line `k` is chrome, counting positions outside the text as chrome.
        func chrome(_ k: Int) -> Bool { k < 0 || k >= n || marks[k] != nil }
        let window = min(n, rules.edgeWindowLines)
        var i = 0
        while i < window {
            if marks[i] != nil { i += 1; continue }
            // Above any kept line: the page's own date (`2024年01月22日`) is metadata, not the title's first half.
            if chrome(i - 1) && EdgeTrimmer.isBareDate(lines[i]) { marks[i] = EdgeTrimmer.headDateRule; i += 1; continue }
            if chrome(i - 1) && i + 1 < n && marks[i + 1] == nil && isColumnName(lines[i], above: lines[i + 1]) {
                marks[i] = EdgeTrimmer.columnRule
                break
            }
            var k = i
            while k < n && k - i <= rules.edgeRunMaxLines && marks[k] == nil && isEdgeCandidate(lines[k]) { k += 1 }
            guard k > i, k - i <= rules.edgeRunMaxLines, chrome(i - 1), chrome(k) else { break }
            for m in i..<k { marks[m] = EdgeTrimmer.edgeRule }
            i = k
        }
        var j = n - 1
        let stop = max(i, n - rules.edgeWindowLines)
        while j >= stop {
            if marks[j] != nil { j -= 1; continue }
            var k = j
            while k >= 0 && j - k <= rules.edgeRunMaxLines && marks[k] == nil
                    && (isEdgeCandidate(lines[k]) || isContactLine(lines[k])) { k -= 1 }
            guard k < j, j - k <= rules.edgeRunMaxLines, chrome(k), chrome(j + 1) else { break }
            for m in (k + 1)...j { marks[m] = EdgeTrimmer.edgeRule }
            j = k
        }
    }
}
