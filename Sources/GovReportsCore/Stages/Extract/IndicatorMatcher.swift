/// Recognizes quantities that are instances of codebook indicators.
///
/// For each quantity whose unit an indicator allows, the matcher reads the number's own clause (`ClauseWindow`):
/// an indicator is a candidate when one of its trigger patterns holds there and none of its exclusions does; the
/// candidate whose trigger phrase sits nearest the number wins (ties: codebook order). Parts listed after `其中`
/// with the total's unit are not counted again for the total's indicator. A change (`同比增加5件`), a goal (`力争…300件`)
/// an upper bound (`不足10人`) and the baseline of a from-to change (the 8 of `由8名增加到15名`) are no instance: the indicator counts what was
/// done; so is a number inside a plan section (`PlanExtent`: `下一步工作`). The level such a number leads to (the 15, or the 27 of `比上年减少3件，为27件`) is read with the clause
/// before it.
public struct IndicatorMatcher: Sendable {
    /// The codebook in force.
    public let codebook: Codebook
    /// Every phrase of every pattern, compiled once.
    let phrases: PhraseTable
    /// Indicators in codebook order with compiled patterns.
    let compiled: [CompiledIndicator]
    /// Nouns that, starting the text right after a mention, mean it counts something else (`七个方面`).
    let otherNouns: PhraseTable
    /// Indexes into `compiled` of the indicators allowing each unit, in codebook order (one lookup per quantity
    /// instead of a set lookup per indicator).
    let indicatorsByUnit: [String: [Int]]
    /// The verb + marker pairs that join a baseline to the level reached.
    let levelLink: LevelLink
    /// Ids of the phrases that some trigger needs (alternatives of its clause or sentence groups): where a list
    /// head's first one starts, its verb part ends.
    let triggerPhrases: Set<Int>
    /// The codebook's previous-period words and what may not follow them, as scalars, longest first.
    let previousPeriod: (words: [[Unicode.Scalar]], notBefore: [[Unicode.Scalar]])
    /// Recorded approximation markers of an upper bound (`approx.json`'s 不足, 不到, and 以下 for 以下/以内/不超过):
    /// such a number is a threshold, never an instance.
    static let upperBoundMarkers: Set<String> = ["不足", "不到", "以下"]

    /// Compiles the codebook's patterns; throws `CodebookError.invalidIndicator` for a definition that cannot apply.
    /// `change` supplies the from-to links (the quantity scanner's own `change.json`; none by default).
    public init(codebook: Codebook, change: ChangeRules = .none) throws {
        try codebook.validate()
        self.codebook = codebook
        var table = PhraseTable()
        var compiled: [CompiledIndicator] = []
        for i in codebook.indicators {
            compiled.append(CompiledIndicator(
                id: i.id, units: Set(i.units),
                triggers: try i.triggers.map { try TriggerPattern.parse($0, indicator: i.id, phrases: &table) },
                exclusions: try i.exclusions.map { try TriggerPattern.parse($0, indicator: i.id, phrases: &table) },
                repeatVerbs: i.repeatVerbs.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }))
        }
        self.phrases = table
        self.compiled = compiled
        var nouns = PhraseTable()
        for n in codebook.otherCountedNouns where !n.isEmpty { _ = nouns.intern(n) }
        self.otherNouns = nouns
        var byUnit: [String: [Int]] = [:]
        for (index, indicator) in compiled.enumerated() {
            for unit in indicator.units { byUnit[unit, default: []].append(index) }
        }
        self.indicatorsByUnit = byUnit
        self.levelLink = LevelLink(rules: change)
        self.previousPeriod = (
            codebook.previousPeriodWords.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count },
            codebook.previousPeriodNotBefore.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) })
        self.triggerPhrases = Set(compiled.flatMap { $0.triggers.flatMap { $0.groups.filter { $0.scope != .absent }.flatMap(\.phrases) } })
    }

    /// Returns indicator mentions for the quantities, in quantity order; `text` is the normalized text the
    /// quantities' offsets point into, so the clause around each number can be read; a quantity starting inside
    /// `plan` tells a commitment and gives no instance.
    public func match(_ quantities: [QuantityRecord], text: [Unicode.Scalar], plan: PlanExtent = .none) -> [IndicatorMention] {
        let order = quantities.indices.filter {
            quantities[$0].charStart >= 0 && quantities[$0].charStart <= quantities[$0].charEnd && quantities[$0].charEnd <= text.count
        }.sorted { quantities[$0].charStart < quantities[$1].charStart }
        var assigned: [Int: Int] = [:]  // quantity index → compiled indicator index
        // Nearest distance by phrase id (`Int.max`: absent), filled and cleared again per quantity.
        var clause = [Int](repeating: .max, count: phrases.phrases.count)
        var sentence = [Int](repeating: .max, count: phrases.phrases.count)
        for (k, qi) in order.enumerated() {
            let q = quantities[qi]
            guard let unit = q.unit, let candidates = indicatorsByUnit[unit] else { continue }
            if q.change != nil || q.target || plan.contains(q.charStart) { continue }
            // 不足10人 tells a shortfall under a threshold, not a count of what was done.
            if let approx = q.approx, Self.upperBoundMarkers.contains(approx) { continue }
            if countsOtherNoun(text, after: q.charEnd) { continue }
            if k + 1 < order.count, quantities[order[k + 1]].unit == unit,
               levelLink.joins(text, from: q.charEnd, to: quantities[order[k + 1]].charStart) {
                continue
            }
            var window = ClauseWindow(
                text: text, start: q.charStart, end: q.charEnd,
                previousStart: k > 0 ? quantities[order[k - 1]].charStart : 0,
                previousEnd: k > 0 ? quantities[order[k - 1]].charEnd : 0,
                nextStart: k + 1 < order.count ? quantities[order[k + 1]].charStart : text.count)
            if k > 0, readsWithPrevious(quantities[order[k - 1]], q, window: window, text: text) {
                window = window.joined(text, previousStart: quantities[order[k - 1]].charStart)
            }
            // 上年度，…88件 and 上年为36件 report last year's figure, not this year's measure.
            if isPreviousPeriod(window: window, text: text) { continue }
            let carried = elidedSubject(of: k, order: order, quantities: quantities, window: window, text: text)
            var found = bestIndicator(among: candidates, window: window, start: q.charStart, end: q.charEnd, text: text,
                                      carried: carried, clause: &clause, sentence: &sentence)
                ?? repeatedIndicator(of: k, order: order, quantities: quantities, window: window, text: text,
                                     assigned: assigned)
            let head = listHead(of: k, order: order, quantities: quantities, window: window, text: text)
            // A later item of a `、` list under one verb (`审核规范性文件14件、行政合同协议63份`) names only its object:
            // the list's head clause lends it the verb.
            if found == nil, let head {
                found = bestIndicator(among: candidates, window: window, start: q.charStart, end: q.charEnd, text: text,
                                      clause: &clause, sentence: &sentence, listHead: head)
            } else if let f = found, let head,
                      headVerbExcludes(f, head: head, text: text, clause: &clause, sentence: &sentence) {
                // The head's verb governs the item too (`审结行政复议案件40件、行政诉讼案件8件`: concluded lawsuits).
                found = nil
            }
            guard let best = found else { continue }
            if let head = subsetHead(of: k, order: order, quantities: quantities, window: window, text: text),
               quantities[head].unit == unit, assigned[head] == best {
                continue
            }
            assigned[qi] = best
        }
        return quantities.indices.compactMap { qi in
            guard let c = assigned[qi] else { return nil }
            let q = quantities[qi]
            return IndicatorMention(indicator: compiled[c].id, value: q.value, unit: q.unit, mention: q.mention)
        }
    }

    /// Whether `q` is read with the clause of the quantity `p` before it: `p` is its baseline (`由8名增加到15名`), or
    /// `q`'s clause holds only a carrier word (`为27件`) after `p`'s clause in the same sentence, where `p` is a change
    /// or has another unit (a second level of the same unit there may be a stock or a restatement: not joined).
    func readsWithPrevious(_ p: QuantityRecord, _ q: QuantityRecord, window: ClauseWindow, text: [Unicode.Scalar]) -> Bool {
        if p.unit == q.unit && levelLink.joins(text, from: p.charEnd, to: q.charStart) { return true }
        guard p.charStart >= window.sentence.lowerBound, p.charEnd <= window.left.lowerBound,
              window.isCarrierOnly(text) else { return false }
        return p.change != nil || p.unit != q.unit
    }

    /// Whether one of the other counted nouns starts right at `offset` (the number counts that noun).
    func countsOtherNoun(_ text: [Unicode.Scalar], after offset: Int) -> Bool {
        let end = min(offset + 8, text.count)
        guard offset < end else { return false }
        return otherNouns.hits(in: text, range: offset..<end).contains { $0.start == offset }
    }

    /// The index of the indicator among `candidates` (indexes into `compiled`, in codebook order) the clause
    /// describes best, if any. `clause` and `sentence` are all-`Int.max` scratch arrays by phrase id (arrays, as the
    /// patterns look phrases up many times); they are filled here and left all-`Int.max` again. `carried` is an elided
    /// subject's words (`elidedSubject`): they count as the clause's, farther than its own words, but cannot alone make
    /// a candidate. With `listHead` (the head clause of the `、` list the quantity is a later item of), the head's words
    /// count as the clause's too, but a trigger is taken only when the item's own words are all alternatives of its
    /// groups (the item names the object, the head the verb; an item with a word of its own, `、印发文件5件`, borrows
    /// nothing).
    func bestIndicator(among candidates: [Int], window: ClauseWindow, start: Int, end: Int, text: [Unicode.Scalar],
                       carried: Range<Int>? = nil, clause: inout [Int], sentence: inout [Int],
                       listHead: Range<Int>? = nil) -> Int? {
        // Words inside an inclusion note (含上年结转) describe a part of the figure, not its measure; a note opened on
        // the right may close past the next quantity (150件(含上年结转12件)).
        let notes = InclusionNote.notes(in: text, range: min(window.sentence.lowerBound, window.left.lowerBound, listHead?.lowerBound ?? .max)
                                            ..< min(text.count, window.right.upperBound + InclusionNote.maxLength))
        let leftHits = InclusionNote.outside(phrases.hits(in: text, range: window.left), notes)
        let rightHits = InclusionNote.outside(phrases.hits(in: text, range: window.right), notes)
        if leftHits.isEmpty && rightHits.isEmpty { return nil }
        let sentenceHits = InclusionNote.outside(phrases.hits(in: text, range: window.sentence), notes)
        let carriedHits = carried.map { InclusionNote.outside(phrases.hits(in: text, range: $0), notes) } ?? []
        for h in carriedHits { clause[h.phrase] = min(clause[h.phrase], start - h.end) }
        let headHits = listHead.map { InclusionNote.outside(phrases.hits(in: text, range: $0), notes) } ?? []
        let own = listHead == nil ? [] : Set((leftHits + rightHits).map(\.phrase))
        for h in leftHits { clause[h.phrase] = min(clause[h.phrase], start - h.end) }
        for h in rightHits { clause[h.phrase] = min(clause[h.phrase], h.start - end) }
        for h in headHits { clause[h.phrase] = min(clause[h.phrase], start - h.end) }
        for h in sentenceHits { sentence[h.phrase] = min(sentence[h.phrase], start - h.end) }
        var best: (index: Int, distance: Int)?
        for i in candidates {
            var nearest: Int?
            for trigger in compiled[i].triggers where listHead == nil || trigger.covers(own) {
                if let d = trigger.distance(clause: clause, sentence: sentence) { nearest = min(nearest ?? d, d) }
            }
            guard let d = nearest else { continue }
            if compiled[i].exclusions.contains(where: { $0.distance(clause: clause, sentence: sentence) != nil }) { continue }
            if best == nil || d < best!.distance { best = (i, d) }
        }
        for h in carriedHits { clause[h.phrase] = .max }
        for h in leftHits { clause[h.phrase] = .max }
        for h in rightHits { clause[h.phrase] = .max }
        for h in headHits { clause[h.phrase] = .max }
        for h in sentenceHits { sentence[h.phrase] = .max }
        return best?.index
    }

    /// Whether an exclusion of indicator `index` holds in the verb part of a `、` list's `head`: the words before the
    /// head's first trigger phrase of any indicator (`全年审结` of `全年审结行政复议案件`), which govern every item; the
    /// first item's own noun (`受理政府信息公开申请20件、行政复议申请3件`: 信息公开) excludes nothing for the others.
    func headVerbExcludes(_ index: Int, head: Range<Int>, text: [Unicode.Scalar], clause: inout [Int],
                          sentence: inout [Int]) -> Bool {
        let hits = phrases.hits(in: text, range: head)
        let nounStart = hits.first { triggerPhrases.contains($0.phrase) }?.start ?? head.upperBound
        let verb = hits.filter { $0.end <= nounStart }
        guard !verb.isEmpty else { return false }
        for h in verb { clause[h.phrase] = 0 }
        let excluded = compiled[index].exclusions.contains { $0.distance(clause: clause, sentence: sentence) != nil }
        for h in verb { clause[h.phrase] = .max }
        return excluded
    }

    /// Most items walked back to find a `、` list's head.
    static let maxListItems = 8

    /// When the quantity at `k` (its clause `window`) is a later item of a `、` list of counted objects (its clause
    /// opens with `、` right after the previous quantity, and so on back), the range of the list head's clause: from
    /// the first item's clause start to its number (`全年审核区政府及部门规范性文件` of `…14件、行政合同协议63份`).
    func listHead(of k: Int, order: [Int], quantities: [QuantityRecord], window: ClauseWindow,
                  text: [Unicode.Scalar]) -> Range<Int>? {
        var j = k
        var itemStart = window.left.lowerBound
        while j > 0, k - j < Self.maxListItems {
            let p = quantities[order[j - 1]]
            guard p.charEnd == itemStart, itemStart < text.count, text[itemStart].value == ClauseWindow.enumerationComma
            else { break }
            let before = j >= 2 ? quantities[order[j - 2]] : nil
            itemStart = ClauseWindow(text: text, start: p.charStart, end: p.charEnd,
                                     previousStart: before?.charStart ?? 0, previousEnd: before?.charEnd ?? 0,
                                     nextStart: quantities[order[j]].charStart).left.lowerBound
            j -= 1
        }
        guard j < k else { return nil }
        let first = quantities[order[j]]
        return itemStart < first.charStart ? itemStart..<first.charStart : nil
    }

    /// When `其中` precedes the quantity in its sentence, the total it divides: the last earlier quantity with the same
    /// unit, before `其中` and in the same sentence, or in the sentence before when `其中` opens the sentence or the
    /// sentence began at a semicolon (`…2,015件，同比下降6.2%；全年罚没款3,460万元，其中当场处罚案件312件`: a `；`
    /// inside a paragraph does not end the enumeration).
    func subsetHead(of k: Int, order: [Int], quantities: [QuantityRecord], window: ClauseWindow,
                    text: [Unicode.Scalar]) -> Int? {
        let q = quantities[order[k]]
        guard let afterMarker = ClauseWindow.lastSubsetMarker(text, in: window.sentence.lowerBound..<q.charStart) else {
            return nil
        }
        let marker = afterMarker - ClauseWindow.subsetMarker.count
        var floor = window.sentence.lowerBound
        if text[floor..<marker].allSatisfy({ $0 == " " }) {
            floor = max(0, floor - ClauseWindow.maxSentence)
        } else if floor > 0, ClauseWindow.semicolons.contains(text[floor - 1]) {
            var s = floor - 1
            let limit = max(s - ClauseWindow.maxSentence, 0)
            while s > limit, !ClauseWindow.sentenceBreaks.contains(text[s - 1]) { s -= 1 }
            floor = s
        }
        var j = k - 1
        while j >= 0 {
            let p = quantities[order[j]]
            if p.charStart < floor { return nil }
            if p.charEnd <= marker && p.unit == q.unit { return order[j] }
            j -= 1
        }
        return nil
    }
}
