/// Finds every numeric mention in normalized text, scanning Unicode scalars.
public struct QuantityScanner: Sendable {
    /// The rule tables in force.
    public let rules: QuantityRules

    /// Main-loop class of every BMP scalar.
    let classTable: [UInt8]
    /// Numeral code of every BMP scalar: -1 none, 0–9 digit, 20+e 十/百/千, 40+e 万/亿.
    let numeralCode: [Int8]
    /// Units (payload < units.count) and calendar words (payload ≥ units.count, see `isCalendarWord`).
    let unitTrie: ScalarTrie
    /// Connector payload of a range that needs no unit on its first number (`3-5人`).
    static let bareRangePayload = 1
    /// The unit entries, indexed by trie payload.
    let units: [QuantityUnit]
    /// Per unit: what must follow it after a Chinese numeral, as scalars (empty: anything).
    let chineseFollow: [[[UInt32]]]
    /// Index of the calendar-year unit (年) in `units`, if listed.
    let yearUnitIndex: Int?
    /// Words after 年 that make the number a date.
    let yearFollowers: [[UInt32]]
    /// Words before a number that make it a span of time (`不少于`, `连续`), from `units.json spanPrefixes`.
    let spanPrefixes: [[UInt32]]
    /// Per calendar word (payload − units.count): the duration unit it is after a span prefix (`日` → 日), or nil.
    let calendarSpanUnits: [Int?]
    /// 百分之 / 千分之.
    let percentTrie: ScalarTrie
    /// Range connectors; payload `bareRangePayload` when the connector makes a range without a unit.
    let connectorTrie: ScalarTrie
    /// 从 / 由 before a pair with units: a change, not a range.
    let rangeBreakers: [[UInt32]]
    /// Digit masks such as `*` (a short array: cheaper to search than to hash).
    let placeholders: [UInt32]
    /// 第 and kin.
    let ordinalPrefixes: [[UInt32]]
    /// Digits that never stand alone (一 二 零 〇).
    let loneDigits: [UInt32]
    /// 数 几 若干 (vague) and 这 上述 (anaphoric) before a Chinese numeral.
    let vaguePrefixes: [[UInt32]]
    /// 时 点 分 : between digits of a clock time.
    let timeSeparators: [UInt32]
    /// Prefix hedges, longest first: scalars, recorded approx, blocking predecessors.
    let prefixMarkers: [(text: [UInt32], approx: String, notAfter: [[UInt32]])]
    /// Last scalar of every prefix hedge: a quick test before comparing whole markers.
    let prefixMarkerEnds: [UInt32]
    /// Infix hedges (余 多).
    let infixTrie: ScalarTrie
    /// Suffix hedges (左右 以上 …).
    let suffixTrie: ScalarTrie
    /// Suffix hedge entries with their blocking successors as scalars.
    let suffixMarkers: [(approx: String, notBefore: [[UInt32]])]
    /// Infix hedge values by payload.
    let infixApprox: [String]
    /// Fixed expressions never to be read as quantities.
    let stopTrie: ScalarTrie
    /// Per unit: value factor (1 for most; 成 → 10).
    let unitScales: [Double]
    /// Per unit: words one of which an ideograph right after it must begin (empty: no such rule).
    let unitFollowers: [[[UInt32]]]
    /// Per unit: whether it has followers (a flat array: testing the nested one costs a retain per unit read).
    let unitHasFollowers: [Bool]
    /// Per unit: whether it is a Latin symbol (`km`, `MW`), which no further letter or digit may follow (`10MWp`).
    let unitIsLatin: [Bool]
    /// Per unit: words the number must not follow, or it is a date (`12月31日内`).
    let unitNotAfter: [[[UInt32]]]
    /// Per unit: words after it that make it part of a word (`日内部`), empty for most.
    let unitNotBefore: [[[UInt32]]]
    /// Per unit: whether `unitNotBefore` has entries (a flat array, tested on every unit read).
    let unitHasNotBefore: [Bool]
    /// Per unit: the clause words that let a Chinese numeral carry a unit marked `chinese: no` (`QuantityUnit.chineseContext`).
    let unitChineseContext: [[[UInt32]]]
    /// Per unit: the word parts after a share unit that keep a Chinese numeral's share off a noun (`QuantityUnit.shareNotBefore`).
    let unitShareNotBefore: [[[UInt32]]]
    /// Words between a Chinese denominator and numerator that make a fraction (`分之`).
    let fractionMarkers: [[UInt32]]
    /// Words after a numeral that make it a grade (`等` in 二等奖).
    let gradeMarkers: [[UInt32]]
    /// Words after a fraction that make it part of a name (`四分之一决赛`) or hedge it by an unknown margin (`四分之一强`),
    /// from `numerals.json fractionNameWords` and `fractionHedgeWords`.
    let fractionNameWords: [[UInt32]]
    /// Minus signs (`-` `−` `－`).
    let minusSigns: [UInt32]
    /// Words before a bare magnitude that make it a denominator (`每`).
    let bareNotAfter: [[UInt32]]
    /// Words that may follow the unit of an unhedged bare magnitude.
    let bareFollowers: [[UInt32]]
    /// Decimal points between Chinese digits (点).
    let chineseDecimalPoints: [UInt32]
    /// Joiners of an ordinal list (`、` `至`), as scalars.
    let ordinalJoiners: ScalarTrie
    /// Words before an unhedged bare magnitude that make it a unit label (`单位:`).
    let bareLabelAfter: [[UInt32]]
    /// Words before a rate's denominator (每).
    let denominatorPrefixes: [[UInt32]]
    /// Change words reversed, with their class as payload (`ChangeWordClass`), for one backward walk per mention.
    let changeTrie: ScalarTrie
    /// Goal words (payload 1) and look-alikes (payload 0).
    let targetTrie: ScalarTrie
    /// Achievement words (完成, 超过), looked for only back from a goal word, which is rare.
    let achievementTrie: ScalarTrie
    /// Goal words that carry over the later clauses of their sentence (力争, 确保), for the post-scan pass.
    let carryingGoalTrie: ScalarTrie
    /// Words that end a carried goal (去年, 实际).
    let goalCarryStopTrie: ScalarTrie
    /// Scalars right after a goal word that make it lead the sentence (是, 为).
    let goalLeadIns: [UInt32]
    /// Second scalars of those words: most scalars that open one (实, 高, 计) open none, and this skips the lookup.
    let goalSeconds: ScalarSet
    /// Goal words of one scalar (拟): they need no second scalar to be looked up.
    let goalSingles: ScalarSet
    /// Last scalars of every change word and filler: a mention after anything else is a level at once.
    let changeLasts: ScalarSet
    /// Comparative words (多, 少) with the direction they state right after a comparison, as scalar values.
    let comparatives: [(word: [UInt32], direction: QuantityChange)]
    /// Verbs and particles bounding subjects.
    let subjectStops: ScalarTrie
    /// Particles that cannot open a subject phrase.
    let subjectNeverFirst: ScalarTrie

    /// Creates a scanner over the given rules (compile once, reuse for every document).
    public init(rules: QuantityRules) {
        self.rules = rules
        var classes = [UInt8](repeating: 0, count: 0x10000)
        var codes = [Int8](repeating: -1, count: 0x10000)
        for scalar in 0x30...0x39 { classes[scalar] = ScalarClass.asciiDigit.rawValue }
        for scalar in 0xFF10...0xFF19 { classes[scalar] = ScalarClass.wideDigit.rawValue }
        func first(_ text: String) -> Int? {
            guard let scalar = text.unicodeScalars.first, scalar.value < 0x10000 else { return nil }
            return Int(scalar.value)
        }
        for (key, value) in rules.numerals.digits { if let s = first(key) { classes[s] = ScalarClass.chineseNumeral.rawValue; codes[s] = Int8(value) } }
        for (key, value) in rules.numerals.smallMultipliers { if let s = first(key) { classes[s] = ScalarClass.chineseNumeral.rawValue; codes[s] = Int8(NumeralCode.smallBase + value) } }
        for (key, value) in rules.numerals.largeMultipliers { if let s = first(key) { classes[s] = ScalarClass.chineseNumeral.rawValue; codes[s] = Int8(NumeralCode.largeBase + value) } }
        classes[0x0A] = ScalarClass.newline.rawValue
        classes[0x0D] = ScalarClass.newline.rawValue
        classes[0x22] = ScalarClass.quoteToggle.rawValue
        for mark in rules.numerals.quoteOpen { if let s = first(mark) { classes[s] = ScalarClass.quoteOpen.rawValue } }
        for mark in rules.numerals.quoteClose { if let s = first(mark) { classes[s] = ScalarClass.quoteClose.rawValue } }
        for mark in rules.numerals.titleOpen { if let s = first(mark) { classes[s] = ScalarClass.titleOpen.rawValue } }
        for mark in rules.numerals.titleClose { if let s = first(mark) { classes[s] = ScalarClass.titleClose.rawValue } }
        // Goal-word state is kept by the main loop itself, so text between numbers costs no second pass; a scalar
        // that already has a class keeps it.
        func mark(_ words: [String], _ cls: ScalarClass) {
            for w in words { if let s = first(w), classes[s] == 0 { classes[s] = cls.rawValue } }
        }
        mark(rules.change.sentenceBreaks, .sentenceBreak)
        mark(rules.change.clauseBreaks, .clauseBreak)
        mark(rules.change.leadInMarks, .leadIn)
        mark(rules.change.targetWords + rules.change.notTarget, .goalStart)
        classTable = classes
        numeralCode = codes

        let unitList = rules.units.units
        units = unitList
        var trie = ScalarTrie(unitList.map(\.text))
        for (k, word) in rules.units.calendarSuffixes.enumerated() { trie.insert(word, payload: unitList.count + k) }
        unitTrie = trie
        chineseFollow = unitList.map { ($0.chineseFollow ?? []).map { $0.unicodeScalars.map(\.value) } }
        yearUnitIndex = unitList.firstIndex { $0.text == rules.units.calendarYearUnit }
        yearFollowers = rules.units.calendarYearFollowers.map { $0.unicodeScalars.map(\.value) }
        spanPrefixes = (rules.units.spanPrefixes ?? []).map { $0.unicodeScalars.map(\.value) }
        calendarSpanUnits = rules.units.calendarSuffixes.map { word in
            unitList.firstIndex { $0.recordedUnit == word && $0.kind == .duration }
        }
        percentTrie = ScalarTrie(rules.numerals.percentPrefixes.map(\.text))
        var connectors = ScalarTrie()
        let bare = Set(rules.numerals.bareRangeConnectors)
        for word in rules.numerals.rangeConnectors { connectors.insert(word, payload: bare.contains(word) ? Self.bareRangePayload : 0) }
        connectorTrie = connectors
        rangeBreakers = rules.numerals.rangeBreakers.map { $0.unicodeScalars.map(\.value) }
        placeholders = rules.numerals.placeholders.compactMap { $0.unicodeScalars.first?.value }
        ordinalPrefixes = rules.numerals.ordinalPrefixes.map { $0.unicodeScalars.map(\.value) }
        loneDigits = rules.numerals.loneDigits.compactMap { $0.unicodeScalars.first?.value }
        vaguePrefixes = (rules.numerals.vaguePrefixes + rules.numerals.anaphoricPrefixes).map { $0.unicodeScalars.map(\.value) }
        timeSeparators = rules.numerals.timeSeparators.compactMap { $0.unicodeScalars.first?.value }
        prefixMarkers = rules.approx.prefix
            .map { (text: $0.text.unicodeScalars.map(\.value), approx: $0.approx,
                    notAfter: ($0.notAfter ?? []).map { $0.unicodeScalars.map(\.value) }) }
            .sorted { $0.text.count > $1.text.count }
        prefixMarkerEnds = Array(Set(prefixMarkers.compactMap(\.text.last)))
        infixTrie = ScalarTrie(rules.approx.infix.map(\.text))
        infixApprox = rules.approx.infix.map(\.approx)
        suffixTrie = ScalarTrie(rules.approx.suffix.map(\.text))
        suffixMarkers = rules.approx.suffix.map { (approx: $0.approx, notBefore: ($0.notBefore ?? []).map { $0.unicodeScalars.map(\.value) }) }
        stopTrie = ScalarTrie(rules.allStopExpressions)
        unitScales = unitList.map { $0.scale ?? 1 }
        unitFollowers = unitList.map { ($0.followers ?? []).map { $0.unicodeScalars.map(\.value) } }
        unitHasFollowers = unitList.map { !($0.followers ?? []).isEmpty }
        unitIsLatin = unitList.map { unit in unit.text.unicodeScalars.last.map { $0.isASCII && $0.properties.isAlphabetic } ?? false }
        unitNotAfter = unitList.map { ($0.notAfter ?? []).map { $0.unicodeScalars.map(\.value) } }
        unitNotBefore = unitList.map { ($0.notBefore ?? []).map { $0.unicodeScalars.map(\.value) } }
        unitHasNotBefore = unitList.map { !($0.notBefore ?? []).isEmpty }
        unitChineseContext = unitList.map { ($0.chineseContext ?? []).map { $0.unicodeScalars.map(\.value) } }
        unitShareNotBefore = unitList.map { ($0.shareNotBefore ?? []).map { $0.unicodeScalars.map(\.value) } }
        fractionMarkers = (rules.numerals.fractionMarkers ?? []).map { $0.unicodeScalars.map(\.value) }
        gradeMarkers = (rules.numerals.gradeMarkers ?? []).map { $0.unicodeScalars.map(\.value) }
        // Hedges after a fraction are doubted as names after it are: both leave no share to record.
        fractionNameWords = (rules.numerals.fractionNameWords ?? []).map { $0.unicodeScalars.map(\.value) }
            + (rules.numerals.fractionHedgeWords ?? []).map { $0.unicodeScalars.map(\.value) }
        minusSigns = (rules.numerals.minusSigns ?? []).compactMap { $0.unicodeScalars.first?.value }
        bareNotAfter = (rules.numerals.bareMagnitudeNotAfter ?? []).map { $0.unicodeScalars.map(\.value) }
        bareFollowers = (rules.numerals.bareMagnitudeFollowers ?? []).map { $0.unicodeScalars.map(\.value) }
        chineseDecimalPoints = (rules.numerals.chineseDecimalPoints ?? []).compactMap { $0.unicodeScalars.first?.value }
        ordinalJoiners = ScalarTrie(rules.numerals.ordinalListJoiners ?? [])
        bareLabelAfter = (rules.numerals.bareMagnitudeLabelAfter ?? []).map { $0.unicodeScalars.map(\.value) }
        denominatorPrefixes = (rules.numerals.denominatorPrefixes ?? []).map { $0.unicodeScalars.map(\.value) }
        let change = rules.change
        let classed: [([String], ChangeWordClass)] = [
            (change.fillers, .filler), (change.levelMarkers, .level), (change.notChange, .notChange),
            (change.increase, .increase), (change.decrease, .decrease), (change.comparisons, .comparison)]
        changeTrie = ScalarTrie(entries: classed.flatMap { list, cls in
            list.map { (word: String(String.UnicodeScalarView($0.unicodeScalars.reversed())), payload: Int(cls.rawValue)) }
        })
        var goals = ScalarTrie()
        for w in change.targetWords { goals.insert(w, payload: 1) }
        for w in change.notTarget { goals.insert(w, payload: 0) }
        targetTrie = goals
        achievementTrie = ScalarTrie(change.achievement)
        carryingGoalTrie = ScalarTrie(change.carryingGoalWords ?? [])
        goalCarryStopTrie = ScalarTrie(change.goalCarryStops ?? [])
        goalLeadIns = (change.goalLeadIns ?? []).compactMap { $0.unicodeScalars.first?.value }
        goalSeconds = ScalarSet(values: (change.targetWords + change.notTarget).compactMap {
            let s = $0.unicodeScalars.map(\.value)
            return s.count > 1 ? s[1] : nil
        })
        goalSingles = ScalarSet(values: change.targetWords.compactMap {
            let s = $0.unicodeScalars.map(\.value)
            return s.count == 1 ? s[0] : nil
        })
        comparatives = (change.comparativeIncrease ?? []).map { ($0.unicodeScalars.map(\.value), QuantityChange.increase) }
            + (change.comparativeDecrease ?? []).map { ($0.unicodeScalars.map(\.value), QuantityChange.decrease) }
        changeLasts = ScalarSet(values: (change.increase + change.decrease + change.comparisons + change.notChange
            + change.fillers + change.levelMarkers + (change.comparativeIncrease ?? []) + (change.comparativeDecrease ?? []))
            .compactMap { $0.unicodeScalars.last?.value })
        subjectStops = ScalarTrie(rules.subject.stopWords)
        subjectNeverFirst = ScalarTrie(rules.subject.neverFirst)
    }

    /// Returns the mentions in text order, offsets in Unicode scalars.
    public func scan(_ text: String) -> [QuantityMatch] {
        scan(values: Self.scalars(of: text))
    }

    /// The same over the text's scalar values (`scalars(of:)`), which the caller already holds.
    func scan(values buffer: [UInt32]) -> [QuantityMatch] {
        var doubts: [QuantityDoubt] = []
        return scan(values: buffer, doubts: &doubts)
    }

    /// The same, appending to `doubts` every number left out because its value is uncertain.
    func scan(values buffer: [UInt32], doubts: inout [QuantityDoubt]) -> [QuantityMatch] {
        var state = ScanState()
        var matches: [QuantityMatch] = []
        var index = 0
        let count = buffer.count
        classTable.withUnsafeBufferPointer { table in
            buffer.withUnsafeBufferPointer { scalars in
                while index < count {
                    let scalar = scalars[index]
                    let cls = scalar < 0x10000 ? table[Int(scalar)] : 0
                    if cls == 0 { index += 1; continue }
                    switch ScalarClass(rawValue: cls) ?? .none {
                    case .asciiDigit, .wideDigit, .chineseNumeral:
                        let (found, resume) = candidate(buffer, at: index, state: state, doubts: &doubts)
                        if let match = found, continuesSplitNumber(buffer, at: match.start) {
                            // The second half of a number a line break cut (12⏎34件): its value is unknown.
                            doubts.append(QuantityDoubt(code: .quantitySplitNumber, start: match.start, end: match.end))
                        } else if var match = found {
                            match.target = state.clauseTarget || state.leadInTarget
                            match.change = change(buffer, before: match.start, value: match.value)
                            matches.append(match)
                            state.lastEnd = match.end
                        }
                        index = max(resume, index + 1)
                        continue
                    case .newline:
                        state = ScanState(lineStart: index + 1, lastEnd: index + 1)
                    case .quoteOpen:
                        state.quoteDepth += 1
                        state.quoteOpenedAt = index
                    case .quoteClose:
                        state.quoteDepth = max(0, state.quoteDepth - 1)
                    case .quoteToggle:
                        state.asciiQuoteOpen.toggle()
                        if state.asciiQuoteOpen { state.quoteOpenedAt = index }
                    case .titleOpen:
                        state.titleDepth += 1
                    case .titleClose:
                        state.titleDepth = max(0, state.titleDepth - 1)
                    case .sentenceBreak:
                        state.clauseTarget = false
                        state.leadInTarget = false
                        state.clauseStart = index + 1
                    case .clauseBreak:
                        state.clauseTarget = false
                        state.clauseStart = index + 1
                    case .leadIn:
                        state.leadInTarget = state.leadInTarget || state.clauseTarget
                        state.clauseTarget = false
                        state.clauseStart = index + 1
                    case .goalStart:
                        if goalSingles.contains(value: scalar) || (index + 1 < count && goalSeconds.contains(value: scalars[index + 1])),
                           let hit = targetTrie.longestMatch(buffer, at: index) {
                            if hit.payload == 1 && !achieved(buffer, from: max(state.clauseStart, state.lineStart), to: index) {
                                state.clauseTarget = true
                                if hit.end < count && goalLeadIns.contains(scalars[hit.end]) { state.leadInTarget = true }
                            }
                            index = hit.end
                            continue
                        }
                    case .none:
                        break
                    }
                    index += 1
                }
            }
        }
        carryGoals(buffer, &matches)
        return matches
    }

    /// Decodes the text's UTF-8 into scalar values in one pass (Swift strings hold valid UTF-8).
    static func scalars(of text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { utf8 in
            [UInt32](unsafeUninitializedCapacity: utf8.count) { out, initialized in
                var input = 0
                var output = 0
                let length = utf8.count
                while input < length {
                    let lead = UInt32(utf8[input])
                    if lead < 0x80 {
                        out[output] = lead
                        input += 1
                    } else if lead < 0xE0 {
                        out[output] = (lead & 0x1F) << 6 | (UInt32(utf8[input + 1]) & 0x3F)
                        input += 2
                    } else if lead < 0xF0 {
                        out[output] = (lead & 0x0F) << 12 | (UInt32(utf8[input + 1]) & 0x3F) << 6
                            | (UInt32(utf8[input + 2]) & 0x3F)
                        input += 3
                    } else {
                        out[output] = (lead & 0x07) << 18 | (UInt32(utf8[input + 1]) & 0x3F) << 12
                            | (UInt32(utf8[input + 2]) & 0x3F) << 6 | (UInt32(utf8[input + 3]) & 0x3F)
                        input += 4
                    }
                    output += 1
                }
                initialized = output
            }
        }
    }
}
