/// Turning one number found by the main loop into a mention, or rejecting it as a date, ordinal, code or name.
extension QuantityScanner {
    /// Reads the mention starting at `start`; returns it (or nil) and the index to resume scanning from.
    func candidate(_ buffer: [UInt32], at start: Int, state: ScanState, doubts: inout [QuantityDoubt]) -> (QuantityMatch?, Int) {
        // Only 百/千 can open 百分之/千分之.
        if chineseCode(buffer[start]) >= NumeralCode.hundred, let percent = percentTrie.longestMatch(buffer, at: start) {
            return percentCandidate(buffer, at: start, prefix: percent, state: state)
        }
        guard var first = parseOperand(buffer, at: start, allowLeadingMultiplier: false) else {
            return (nil, endOfRun(buffer, from: start))
        }
        let rejectFirst = (nil as QuantityMatch?, first.end)
        // 三分之一, 四分之三: a Chinese denominator, 分之, a numerator.
        if first.isChinese, first.approx == nil, let marker = fractionMarkerEnd(buffer, at: first.end) {
            return fractionCandidate(buffer, at: start, denominator: first, numeratorAt: marker, state: state, doubts: &doubts)
        }
        // 一是, 进一步, 统一: a lone 一 only counts as the low end of a range, so skip the lookups.
        if first.isLone && connectorTrie.longestMatch(buffer, at: first.end) == nil && !carriesLoneDigit(buffer, digit: start, at: first.end) {
            // 第一、二、三批: the items after the ordinal are ordinals too.
            if isOrdinal(buffer, at: start) { return (nil, ordinalListEnd(buffer, from: first.end, unit: nil, chinese: true)) }
            return rejectFirst
        }
        // 1 234件, 12 345 件: one grouped number or several side by side; and 12⏎34件: a number a line break cut.
        if let groups = spacedGroupsEnd(buffer, first), !isOrdinal(buffer, at: start) {
            let grouped = parseOperand(buffer, at: start, allowLeadingMultiplier: false, groupSeparator: 0x20)
            // Inside a sentence (纠纷3 756件) numbers side by side would make no sentence: read the groups as one.
            if let grouped, grouped.numeralEnd >= groups, spacedGroupsRead(buffer, start: start, numberEnd: grouped.numeralEnd) {
                doubts.append(QuantityDoubt(code: .quantitySpacedGroups, start: start, end: grouped.numeralEnd))
                first = grouped
            } else if carriesQuantity(buffer, at: groups) || decimalFollows(buffer, at: groups) {
                doubts.append(QuantityDoubt(code: .quantitySplitNumber, start: start, end: groups))
                return (nil, pastMagnitudes(buffer, at: endOfRun(buffer, from: groups)))
            }
        }
        // 案件1 2 6件, 纠纷5 ,219件: an OCR'd scan's stray spaces inside one number. Inside a sentence, glued to its
        // unit, it is read whole (a number with no unit is no sentence's count); elsewhere it may be cells side by
        // side (`合计 1 86 家`) and is doubted; either way the last group alone is never the value.
        // (After an ordinal the next group is a number of its own: 名列第3 100家.)
        // A row of cells (`申请数量 2 0件 0件 —`: more figures after the unit) keeps its cells apart.
        if let stray = strayGroupsEnd(buffer, first), !isOrdinal(buffer, at: start), !cellsFollow(buffer, after: stray) {
            // 表1 2024年: a label, then a date, which is no number at all.
            if let unit = unitAfter(buffer, at: stray),
               isCalendarWord(unit.payload) || (unit.payload == yearUnitIndex && lastGroupIsYear(buffer, end: stray)) {
                return (nil, unit.end)
            }
            if spacedGroupsRead(buffer, start: start, numberEnd: stray), let joined = strayJoined(buffer, start: start, end: stray) {
                doubts.append(QuantityDoubt(code: .quantityStraySpaces, start: start, end: stray))
                first = joined
            } else if carriesQuantity(buffer, at: stray) {
                doubts.append(QuantityDoubt(code: .quantitySplitNumber, start: start, end: stray))
                return (nil, pastMagnitudes(buffer, at: stray))
            }
        }
        if first.approx == nil, splitBeforeLineBreak(buffer, at: first.end), unitAfter(buffer, at: first.end) == nil {
            doubts.append(QuantityDoubt(code: .quantitySplitNumber, start: start, end: first.end))
            return rejectFirst
        }
        var unitHit = unitAfter(buffer, at: first.end) ?? hedgedShare(buffer, first, start: start, lastEnd: state.lastEnd)
            ?? spelledShare(buffer, first)
        if let hit = unitHit, isCalendarWord(hit.payload) {
            // 不少于30日, 为期15日: after a span word the calendar word is a duration; else a date.
            guard let span = calendarSpanUnits[hit.payload - units.count], precededBy(spanPrefixes, buffer, at: start) else {
                return (nil, hit.end)
            }
            unitHit = ScalarTrie.Hit(payload: span, end: hit.end)
        }
        // 12月31日内: a day of a month, not a span of days.
        if let hit = unitHit, !unitNotAfter[hit.payload].isEmpty, precededBy(unitNotAfter[hit.payload], buffer, at: start) {
            return (nil, hit.end)
        }
        var low = first
        var high: NumberOperand?
        var end = unitHit?.end ?? first.end

        // Ranges: 40%-60%, 3-5个, 3至5个, 三到五个, 3-5万元, 3~5.
        if first.approx == nil, let connector = connectorTrie.longestMatch(buffer, at: end),
           let second = parseOperand(buffer, at: connector.end, allowLeadingMultiplier: false),
           second.isChinese == first.isChinese, second.approx == nil {
            let secondUnit = unitAfter(buffer, at: second.end)
            if let hit = secondUnit, isCalendarWord(hit.payload) { return (nil, hit.end) }
            if let hit = secondUnit, isCalendarYear(second, unit: hit.payload, buffer: buffer) { return (nil, hit.end) }
            var joined = false
            if let firstUnit = unitHit {
                joined = secondUnit.map { units[$0.payload].recordedUnit == units[firstUnit.payload].recordedUnit } ?? false
                joined = joined && !precededBy(rangeBreakers, buffer, at: start)
            } else if secondUnit != nil {
                joined = true
            } else {
                joined = connector.payload == Self.bareRangePayload && second.multiplierExponent == 0 && first.multiplierExponent == 0
            }
            if joined {
                if unitHit == nil && first.multiplierExponent == 0 && second.multiplierExponent > 0 {
                    low.exponent += second.multiplierExponent
                    low.multiplierExponent = second.multiplierExponent
                    low.hasLargeMultiplier = second.hasLargeMultiplier
                } else if unitHit == nil, let power = sharedChineseMagnitude(buffer, low: first, high: second) {
                    // 三至五万元: the 万 that ends the upper end scales the lower too (30000–50000, not 3–50000).
                    low.exponent += power
                    low.isComposite = true
                    low.hasLargeMultiplier = true
                }
                if second.value > low.value {
                    high = second
                    unitHit = secondUnit ?? unitHit
                    end = secondUnit?.end ?? second.end
                } else {
                    low = first
                }
            }
        }

        // 12、8、5件: a bare number in a `、` list takes the unit written once after the list's last number (the
        // mention stays the number itself); a list opening a line is a heading marker (1、12家企业).
        if unitHit == nil, high == nil, !first.isChinese, first.approx == nil, first.multiplierExponent == 0,
           !isLineStart(buffer, at: start, lineStart: state.lineStart), let shared = sharedListUnit(buffer, after: first.end) {
            unitHit = ScalarTrie.Hit(payload: shared, end: first.end)
        }
        var approx = low.approx
        // An index, not a copy of the entry: copying its strings and arrays cost a retain/release per field.
        let unit = unitHit?.payload
        // X/Y: a known unit, `/`, optionally 百/千/万, and another known unit or calendar word (微克/立方米, 部/百人).
        var compound: String?
        if let hit = unitHit, !isCalendarWord(hit.payload), let over = compoundEnd(buffer, after: hit.end) {
            compound = units[hit.payload].recordedUnit + string(buffer, hit.end, over)
            end = over
        }
        if let hit = unitHit {
            if isCalendarYear(low, unit: hit.payload, buffer: buffer) && high == nil { return (nil, hit.end) }
            if hit.payload == yearUnitIndex, startsWithAny(yearFollowers, buffer, at: hit.end) { return (nil, hit.end) }
            if approx == nil, let carried = units[hit.payload].approx { approx = carried }
        }
        if approx == nil, let hit = suffixHedge(buffer, at: end) {
            approx = suffixMarkers[hit.payload].approx
            end = hit.end
        }

        // What kind of number is it, and may it stand?
        // 每10万人口, 每100元营业收入: the denominator of a rate, not an amount.
        if high == nil && isDenominator(buffer, at: start, value: low.value) { return (nil, end) }
        if isOrdinal(buffer, at: start) {
            // 第3、4条, 第1至3条, 第五十七条、五十八条: the whole list is ordinals.
            let listUnit = unitHit.flatMap { isCalendarWord($0.payload) ? nil : units[$0.payload].recordedUnit }
            return (nil, ordinalListEnd(buffer, from: end, unit: listUnit, chinese: low.isChinese))
        }
        if state.titleDepth > 0 { return rejectFirst }
        // Quoted numerals are names and slogans (“三项制度”, “15分钟服务圈”), not measurements.
        if state.inQuotes(at: start, limit: rules.numerals.nameQuoteMaxLength) { return (nil, end) }
        if low.isChinese {
            if precededBy(vaguePrefixes, buffer, at: start) { return rejectFirst }
            if low.isLone && high == nil && !carriesLoneDigit(buffer, digit: start, at: low.end) { return rejectFirst }
            if let hit = unitHit {
                // A hedged numeral (二十余年经验, 十余期) is a count or span, never a name like 五年规划 or 一期工程, so it
                // needs neither a unit that takes Chinese numerals nor a follower; a bare magnitude (百多年) still does.
                let spelledHedge = low.approx != nil && chineseCode(buffer[start]) < NumeralCode.hundred
                switch units[hit.payload].chinese {
                case .no where !spelledHedge && !inUnitContext(buffer, unit: hit.payload, before: start): return rejectFirst
                case .composite where !(low.isComposite || low.multiplierExponent > 0): return rejectFirst
                default: break
                }
                let follow = chineseFollow[hit.payload]
                // After a span word (连续三年, 延长三十年) the numeral is a span whatever follows.
                if !follow.isEmpty && !spelledHedge && hit.end < buffer.count && !startsWithAny(follow, buffer, at: hit.end)
                    && buffer[hit.end] != 0x0A && !precededBy(spanPrefixes, buffer, at: start) { return rejectFirst }
            } else if !(low.hasLargeMultiplier && low.value >= 10_000) {
                return rejectFirst
            }
            // 五级十五同, 两提高一降低: a numeral right after is a slogan.
            // A grade after it (三个二等奖) is the counted noun, not a slogan.
            if end < buffer.count, chineseCode(buffer[end]) >= 0, !isGrade(buffer, at: end) { return (nil, end) }
        } else {
            if start > 0 && isLetter(buffer[start - 1]) { return rejectFirst }
            if start > 1, timeSeparators.contains(buffer[start - 1]), digitValue(buffer[start - 2]) != nil { return rejectFirst }
            if start > 1, buffer[start - 1] == 0x2E, digitValue(buffer[start - 2]) != nil { return rejectFirst }
            // 地区生产总值(亿元):4,321.5: a bare figure after a label stating its unit in brackets.
            if unit == nil && high == nil && approx == nil && low.multiplierExponent == 0,
               let labelled = labelledQuantity(buffer, start: start, end: end, number: low, lineStart: state.lineStart,
                                               lastEnd: state.lastEnd) {
                return (labelled, end)
            }
            if unit == nil && low.multiplierExponent == 0 && (high == nil || high!.multiplierExponent > 0) { return rejectFirst }
            if unit == nil && high == nil && !low.hasLargeMultiplier && low.multiplierExponent < 3 { return rejectFirst }
            // A decimal opening a line is a section number (1.2 项目管理), unless a measure unit (not a classifier: 1.2项
            // is no count) ends its phrase there: 12.4公里, at the start of a wrapped line, is a length.
            if !low.isInteger && isLineStart(buffer, at: start, lineStart: state.lineStart) && low.multiplierExponent == 0
                && !endsMeasure(buffer, unit: unit, at: end) {
                return rejectFirst
            }
        }

        var mentionStart = start
        var sign = 1.0
        if !low.isChinese && high == nil && isMinus(buffer, before: start, lastEnd: state.lastEnd)
            && unit.map({ units[$0].kind != .count }) ?? false {
            sign = -1
            mentionStart = start - 1
        }
        if let prefix = prefixApprox(buffer, before: mentionStart, lowerBound: state.lastEnd) {
            mentionStart = prefix.start
            approx = approx ?? prefix.approx
        }
        if isStopListed(buffer, from: mentionStart, to: end),
           !stopPhrasesCut(buffer, from: mentionStart, to: end, numeral: start..<low.end,
                           unit: unitHit.map { ($0.end - unitLength($0.payload))..<$0.end }) {
            return (nil, end)
        }

        var kind: QuantityKind = unit.map { units[$0].kind } ?? (low.hasLargeMultiplier || low.multiplierExponent > 0 ? .count : .other)
        if compound != nil { kind = kind == .money ? .money : .other }
        let scale = unit.map { unitScales[$0] } ?? 1
        var subjectText = subject(buffer, start: mentionStart, end: end, kind: kind, lowerBound: state.lastEnd)
        if unit == nil, low.multiplierExponent > 0, let following = subjectText.following {
            end = following.end
            subjectText.text = following.text
        }
        let match = QuantityMatch(
            text: string(buffer, mentionStart, end), value: sign * scale * low.value, valueMax: high.map { scale * $0.value },
            unit: compound ?? unit.map { units[$0].recordedUnit }, kind: kind, approx: approx, start: mentionStart, end: end,
            subject: subjectText.text)
        return (match, end)
    }

    /// A mention from `start` to `end` with its hedges: a suffix hedge after it when `approx` is still nil, and a
    /// prefix marker before it (after `lowerBound`); `stopListed` when the hedged span is a stop-listed phrase.
    func hedgedSpan(_ buffer: [UInt32], start: Int, end: Int, approx: String?,
                    lowerBound: Int) -> (start: Int, end: Int, approx: String?, stopListed: Bool) {
        var end = end
        var approx = approx
        if approx == nil, let hit = suffixHedge(buffer, at: end) {
            approx = suffixMarkers[hit.payload].approx
            end = hit.end
        }
        var mentionStart = start
        if let marker = prefixApprox(buffer, before: start, lowerBound: lowerBound) {
            mentionStart = marker.start
            approx = approx ?? marker.approx
        }
        return (mentionStart, end, approx, isStopListed(buffer, from: mentionStart, to: end))
    }

    /// Reads `百分之二十`, `百分之82.2`: a fraction word, then the number.
    func percentCandidate(_ buffer: [UInt32], at start: Int, prefix: ScalarTrie.Hit, state: ScanState) -> (QuantityMatch?, Int) {
        guard let number = parseOperand(buffer, at: prefix.end, allowLeadingMultiplier: true) else { return (nil, prefix.end) }
        if state.titleDepth > 0 || state.inQuotes(at: start, limit: rules.numerals.nameQuoteMaxLength) { return (nil, number.end) }
        if isOrdinal(buffer, at: start) { return (nil, number.end) }
        var end = number.end
        var approx = number.approx
        let high = approx == nil ? percentRangeEnd(buffer, after: number, prefix: prefix) : nil
        if let high { end = high.end }
        let span = hedgedSpan(buffer, start: start, end: end, approx: approx, lowerBound: state.lastEnd)
        end = span.end
        approx = span.approx
        let mentionStart = span.start
        if span.stopListed { return (nil, end) }
        let unit = rules.numerals.percentPrefixes[prefix.payload].unit
        let subjectText = subject(buffer, start: mentionStart, end: end, kind: .percent, lowerBound: state.lastEnd)
        let match = QuantityMatch(text: string(buffer, mentionStart, end), value: number.value, valueMax: high?.value, unit: unit,
                                  kind: .percent, approx: approx, start: mentionStart, end: end, subject: subjectText.text)
        return (match, end)
    }

    /// 逾三成企业: a share unit that needs followers (成, lest 20成员 be read) stands before a noun when a hedge opens
    /// the number, as no word part (成员, 成本) takes one; only a share of at most the whole.
    func hedgedShare(_ buffer: [UInt32], _ number: NumberOperand, start: Int, lastEnd: Int) -> ScalarTrie.Hit? {
        guard number.approx == nil, let hit = unitTrie.longestMatch(buffer, at: number.end), !isCalendarWord(hit.payload),
              unitHasFollowers[hit.payload], units[hit.payload].kind == .percent,
              number.value * unitScales[hit.payload] <= Self.wholeShare,
              prefixApprox(buffer, before: start, lowerBound: lastEnd) != nil else { return nil }
        return hit
    }

    /// The whole on the percent scale: a larger share (近20成) is not one.
    static let wholeShare = 100.0

    /// Whether the Chinese numeral at `index` names a grade (`二等奖`, `一等功`): a short numeral, then a grade marker.
    func isGrade(_ buffer: [UInt32], at index: Int) -> Bool {
        var cursor = index
        while cursor < buffer.count, cursor - index < Self.gradeNumeralLength, chineseCode(buffer[cursor]) >= 0 { cursor += 1 }
        return startsWithAny(gradeMarkers, buffer, at: cursor)
    }

    /// Most numeral characters in a grade (`十二等`).
    static let gradeNumeralLength = 2

    /// The suffix hedge at `end` (`左右`, `以内`), allowing one space before it (`6% 左右`), unless its blocking
    /// successor follows (`上下功夫`).
    func suffixHedge(_ buffer: [UInt32], at end: Int) -> ScalarTrie.Hit? {
        var hit = suffixTrie.longestMatch(buffer, at: end)
        if hit == nil, end + 1 < buffer.count, buffer[end] == 0x20 { hit = suffixTrie.longestMatch(buffer, at: end + 1) }
        guard let hit, !startsWithAny(suffixMarkers[hit.payload].notBefore, buffer, at: hit.end) else { return nil }
        return hit
    }

    /// Whether the unit glued at `index` lets the lone digit at `digit` stand as a number (`一倍`, `二成`; `一次性`
    /// stays a word).
    func carriesLoneDigit(_ buffer: [UInt32], digit: Int, at index: Int) -> Bool {
        guard let hit = unitTrie.longestMatch(buffer, at: index), !isCalendarWord(hit.payload),
              let allowed = units[hit.payload].loneDigits else { return false }
        return allowed.contains { $0.unicodeScalars.first?.value == buffer[digit] }
    }

    /// The unit (or calendar word) at `index`, allowing one space between number and unit (`98 %`, `共 295 件`).
    func unitAfter(_ buffer: [UInt32], at index: Int) -> ScalarTrie.Hit? {
        if let hit = unitTrie.longestMatch(buffer, at: index) { return standing(hit, buffer) }
        guard index < buffer.count, buffer[index] == 0x20 else { return nil }
        return unitTrie.longestMatch(buffer, at: index + 1).flatMap { standing($0, buffer) }
    }

    /// The hit, unless its unit demands followers and an ideograph after it begins none of them (`20成员`).
    @inline(__always)
    func standing(_ hit: ScalarTrie.Hit, _ buffer: [UInt32]) -> ScalarTrie.Hit? {
        if !isCalendarWord(hit.payload), unitIsLatin[hit.payload], hit.end < buffer.count, latinGlued(buffer[hit.end]) { return nil }
        if !isCalendarWord(hit.payload), unitHasNotBefore[hit.payload], startsWithAny(unitNotBefore[hit.payload], buffer, at: hit.end) {
            return nil
        }
        guard !isCalendarWord(hit.payload), unitHasFollowers[hit.payload], hit.end < buffer.count,
              Self.isIdeograph(buffer[hit.end]) else { return hit }
        return startsWithAny(unitFollowers[hit.payload], buffer, at: hit.end) ? hit : nil
    }

    /// Whether a scalar glued to a Latin unit symbol makes it another one: a letter or digit (`10MWp`), a slash
    /// (`5km/h`, a speed) or a superscript power (`50km²`).
    @inline(__always)
    func latinGlued(_ scalar: UInt32) -> Bool {
        isLetter(scalar) || digitValue(scalar) != nil || scalar == 0x2F || scalar == 0xFF0F || scalar == 0xB2 || scalar == 0xB3
    }

    /// Whether the scalar is a CJK unified ideograph (basic block).
    @inline(__always)
    static func isIdeograph(_ scalar: UInt32) -> Bool { scalar >= 0x4E00 && scalar <= 0x9FFF }

    /// End of a `/Y` denominator after a unit ending at `index` (`/立方米`, `/百人`, `/月`), else nil.
    func compoundEnd(_ buffer: [UInt32], after index: Int) -> Int? {
        guard index + 1 < buffer.count, buffer[index] == 0x2F else { return nil }
        var cursor = index + 1
        // A magnitude in the denominator (部/百人, 元/万元) unless a unit starts with it (元/千瓦时).
        while cursor < buffer.count, chineseCode(buffer[cursor]) >= NumeralCode.hundred, cursor - index <= Self.denominatorMagnitudes,
              unitTrie.longestMatch(buffer, at: cursor) == nil {
            cursor += 1
        }
        return unitTrie.longestMatch(buffer, at: cursor)?.end
    }

    /// Most magnitude characters inside a denominator (`/百万人`).
    static let denominatorMagnitudes = 2

    /// Whether a minus sign stands right before `start` as a sign: after an ideograph or an opening mark, never
    /// after a digit (a range or date dash) nor right after the previous mention (`3%-5%`).
    func isMinus(_ buffer: [UInt32], before start: Int, lastEnd: Int) -> Bool {
        guard start >= 2, start - 1 != lastEnd, minusSigns.contains(buffer[start - 1]) else { return false }
        let before = buffer[start - 2]
        return Self.isIdeograph(before) || before == 0x28 || before == 0x3A || before == 0x2C || before == 0xFF08
            || before == 0xFF1A || before == 0xFF0C
    }

    /// Whether the number at `start` follows 第 (`第十条`, `第 3 名`), possibly with one space between.
    func isOrdinal(_ buffer: [UInt32], at start: Int) -> Bool {
        if precededBy(ordinalPrefixes, buffer, at: start) { return true }
        return start > 0 && buffer[start - 1] == 0x20 && precededBy(ordinalPrefixes, buffer, at: start - 1)
    }

    /// Whether `number` before unit `unitIndex` is a calendar year (`2022年`), not a duration (`5年`).
    func isCalendarYear(_ number: NumberOperand, unit unitIndex: Int, buffer: [UInt32]) -> Bool {
        guard unitIndex == yearUnitIndex, !number.isChinese, number.isInteger, number.multiplierExponent == 0 else { return false }
        let value = number.mantissa
        return number.integerDigits == 4 && value >= rules.units.calendarYearMin && value <= rules.units.calendarYearMax
    }

    /// The hedge written just before `start` (`约`, `超过`), with the index where it begins.
    func prefixApprox(_ buffer: [UInt32], before number: Int, lowerBound: Int) -> (start: Int, approx: String)? {
        // One space may stand between the hedge and the number (`约 30 家`).
        let start = number > lowerBound + 1 && buffer[number - 1] == 0x20 ? number - 1 : number
        guard start > lowerBound, start > 0, prefixMarkerEnds.contains(buffer[start - 1]) else { return nil }
        // Indices, not `for marker in`: iterating copies each tuple and retains its arrays.
        for m in prefixMarkers.indices {
            let begin = start - prefixMarkers[m].text.count
            guard begin >= lowerBound, begin >= 0 else { continue }
            if !hasWord(prefixMarkers[m].text, buffer, at: begin) { continue }
            if precededBy(prefixMarkers[m].notAfter, buffer, at: begin) { continue }
            return (begin, prefixMarkers[m].approx)
        }
        return nil
    }

    /// Whether one of `words` ends just before `index`.
    func precededBy(_ words: [[UInt32]], _ buffer: [UInt32], at index: Int) -> Bool {
        for w in words.indices where words[w].count <= index {
            if hasWord(words[w], buffer, at: index - words[w].count) { return true }
        }
        return false
    }

    /// Whether one of `words` starts at `index`.
    func startsWithAny(_ words: [[UInt32]], _ buffer: [UInt32], at index: Int) -> Bool {
        for w in words.indices where index + words[w].count <= buffer.count {
            if hasWord(words[w], buffer, at: index) { return true }
        }
        return false
    }

    /// Whether `word` stands in `buffer` at `begin` (the caller has checked it fits).
    @inline(__always)
    func hasWord(_ word: [UInt32], _ buffer: [UInt32], at begin: Int) -> Bool {
        var k = 0
        while k < word.count {
            if buffer[begin + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether only spaces stand between the line start and `index`.
    /// Whether a measure unit (any kind but count) ends its phrase at `end`: no ideograph follows but the particle 的,
    /// so a heading word spelled from a unit (2.1 天然气, 3.1 分类) is not read as a measure.
    func endsMeasure(_ buffer: [UInt32], unit: Int?, at end: Int) -> Bool {
        guard let unit, units[unit].kind != .count else { return false }
        return end >= buffer.count || !Self.isIdeograph(buffer[end]) || buffer[end] == Self.possessiveParticle
    }

    /// 的, the particle after which a measure at a line start still ends its phrase (12.4公里的道路).
    static let possessiveParticle: UInt32 = 0x7684

    func isLineStart(_ buffer: [UInt32], at index: Int, lineStart: Int) -> Bool {
        var cursor = index - 1
        while cursor >= lineStart {
            let scalar = buffer[cursor]
            if scalar != 0x20 && scalar != 0x09 && scalar != 0x3000 && scalar != 0xA0 { return false }
            cursor -= 1
        }
        return true
    }

    /// Whether a stoplist expression overlaps the span `from..<to`.
    func isStopListed(_ buffer: [UInt32], from start: Int, to end: Int) -> Bool {
        let reach = stopTrie.maxLength
        guard reach > 0 else { return false }
        var position = max(0, start - reach + 1)
        while position < end {
            if stopTrie.hasMatch(buffer, at: position, endingAfter: start) { return true }
            position += 1
        }
        return false
    }

    /// The text of `buffer[from..<to]`, encoded straight to UTF-8 (appending scalar by scalar is several times slower).
    func string(_ buffer: [UInt32], _ start: Int, _ end: Int) -> String {
        guard end > start else { return "" }
        return ScalarString.make(values: buffer[start..<end])
    }

    /// Whether a unit-trie payload is a calendar word (年度, 月份 …: the number is a date, not a quantity).
    @inline(__always)
    func isCalendarWord(_ payload: Int) -> Bool { payload >= units.count }
}
