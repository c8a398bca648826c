/// Numbers the page layout touches: Chinese decimals, spaces between a number and its multiplier or hedge, numbers
/// split by a line break or grouped with spaces (doubted, not read), and the rest of an ordinal list.
extension QuantityScanner {
    /// Most fraction digits read after a Chinese decimal point (further ones are below any reported precision).
    static let maxChineseFractionDigits = 9

    /// Digits in one space-separated thousands group (`1 234`, GB/T 15835).
    static let spacedGroupDigits = 3

    /// Extends a Chinese integer with its decimal part (`三点五`, `零点五`); the operand unchanged when no decimal
    /// point and digit follow; nil when 十/百/千 follow the fraction digits (`八点三十分`, a clock time).
    func chineseDecimal(_ buffer: [UInt32], _ operand: NumberOperand) -> NumberOperand? {
        let point = operand.numeralEnd
        guard !operand.hasLargeMultiplier, point + 1 < buffer.count, chineseDecimalPoints.contains(buffer[point]) else {
            return operand
        }
        var index = point + 1
        var fraction = 0
        var digits = 0
        while index < buffer.count {
            let code = chineseCode(buffer[index])
            guard code >= 0 && code < NumeralCode.digitLimit else { break }
            if digits < Self.maxChineseFractionDigits {
                fraction = fraction * 10 + code
                digits += 1
            }
            index += 1
        }
        guard digits > 0 else { return operand }
        if index < buffer.count {
            let code = chineseCode(buffer[index])
            if code >= NumeralCode.smallBase && code < NumeralCode.largeBase { return nil }
        }
        var decimal = operand
        decimal.mantissa = operand.mantissa * Self.intPower(digits) + fraction
        decimal.exponent = -digits
        decimal.isInteger = false
        decimal.isComposite = true
        decimal.isLone = false
        decimal.numeralEnd = index
        decimal.end = index
        return decimal
    }

    /// Index just after one space at `index` when a multiplier or an infix hedge follows it (`1.2 亿元`, `30 余家`),
    /// else `index`: a space typed between a number and its magnitude does not end the number.
    func skippingSpaceBeforeMagnitude(_ buffer: [UInt32], at index: Int) -> Int {
        guard index + 1 < buffer.count, buffer[index] == 0x20 else { return index }
        let next = index + 1
        if chineseCode(buffer[next]) >= NumeralCode.hundred {
            if let unit = unitTrie.longestMatch(buffer, at: next), !isCalendarWord(unit.payload) { return index }
            return next
        }
        if let hedge = infixTrie.longestMatch(buffer, at: next), unitAfter(buffer, at: hedge.end) != nil { return next }
        return index
    }

    /// End of spaced digit groups after an Arabic integer of 1–3 digits (`1 234`, `12 345 678`), else nil. Such a
    /// number is one grouped value or several numbers side by side; the text does not say which.
    func spacedGroupsEnd(_ buffer: [UInt32], _ operand: NumberOperand) -> Int? {
        guard !operand.isChinese, operand.isInteger, operand.multiplierExponent == 0,
              operand.integerDigits <= Self.spacedGroupDigits else { return nil }
        var index = operand.numeralEnd
        var groups = 0
        while index < buffer.count, buffer[index] == 0x20 {
            var k = 1
            while k <= Self.spacedGroupDigits, index + k < buffer.count, digitValue(buffer[index + k]) != nil { k += 1 }
            let after = index + k
            guard k == Self.spacedGroupDigits + 1, after >= buffer.count || digitValue(buffer[after]) == nil else { break }
            groups += 1
            index = after
        }
        return groups > 0 ? index : nil
    }

    /// The most digits a number read through stray spaces may have (longer runs are identifiers or table cells).
    static let maxStrayDigits = 9

    /// Scalars after a number's digits that `strayJoined` copies for parsing its magnitude, hedge and unit.
    static let strayLookahead = 24

    /// End of digit groups parted by stray single spaces after an Arabic integer (`1 2 6`, `4 1`, `5 ,219`, an OCR'd
    /// scan's writing), with any decimal part of the last group, else nil. A group after ` ,` is a thousands group
    /// and has three digits. Such a run is one number or several side by side; the caller decides which.
    func strayGroupsEnd(_ buffer: [UInt32], _ operand: NumberOperand) -> Int? {
        guard !operand.isChinese, operand.isInteger, operand.multiplierExponent == 0, operand.approx == nil else { return nil }
        var index = operand.numeralEnd
        var digits = operand.integerDigits
        var groups = 0
        while index + 1 < buffer.count, buffer[index] == 0x20 {
            var k = index + 1
            let comma = buffer[k] == Self.commaSeparator
            if comma { k += 1 }
            var count = 0
            while k + count < buffer.count, digitValue(buffer[k + count]) != nil { count += 1 }
            guard count > 0, !comma || count == Self.spacedGroupDigits else { break }
            digits += count
            guard digits <= Self.maxStrayDigits else { return nil }
            groups += 1
            index = k + count
        }
        guard groups > 0 else { return nil }
        if decimalFollows(buffer, at: index) {
            index += 1
            while index < buffer.count, digitValue(buffer[index]) != nil { index += 1 }
        }
        return index
    }

    /// The number from `start` to `end` read with its stray spaces and separators dropped, its magnitude, hedge and
    /// offsets as in `buffer`; nil when the digits make no number.
    func strayJoined(_ buffer: [UInt32], start: Int, end: Int) -> NumberOperand? {
        var window: [UInt32] = []
        for i in start..<end where buffer[i] != 0x20 && buffer[i] != Self.commaSeparator { window.append(buffer[i]) }
        let compact = window.count
        window.append(contentsOf: buffer[end..<min(buffer.count, end + Self.strayLookahead)])
        guard var joined = parseOperand(window, at: 0, allowLeadingMultiplier: false), joined.numeralEnd == compact else {
            return nil
        }
        let shift = end - compact
        joined.numeralEnd += shift
        joined.end += shift
        return joined
    }

    /// Dashes a flattened table writes for an empty cell (`0件 — 0件`).
    static let cellDashes: Set<UInt32> = [0x2014, 0x2013, 0x2D, 0xFF0D]

    /// Whether, after the unit that follows the number ending at `end`, a blank and another figure or an empty
    /// cell's dash follow (`2 0件 0件`, `2 0件 —`): the numbers are cells of a table row, not one number.
    func cellsFollow(_ buffer: [UInt32], after end: Int) -> Bool {
        guard let unit = unitAfter(buffer, at: end) else { return false }
        let next = unit.end + 1
        guard next < buffer.count, buffer[unit.end] == 0x20 else { return false }
        return digitValue(buffer[next]) != nil || Self.cellDashes.contains(buffer[next])
    }

    /// Whether the digit group ending at `end` spells a calendar year (`表1 2024年`: a label, then a year).
    func lastGroupIsYear(_ buffer: [UInt32], end: Int) -> Bool {
        var cursor = end
        var value = 0, scale = 1, digits = 0
        while cursor > 0, let digit = digitValue(buffer[cursor - 1]) {
            value += digit * scale
            scale *= 10
            digits += 1
            cursor -= 1
        }
        return digits == 4 && value >= rules.units.calendarYearMin && value <= rules.units.calendarYearMax
    }

    /// Index past the magnitudes after a doubted number's digits (`2 316.5 万人次`: one space, then 万), so the
    /// scan does not read them as a bare magnitude of their own.
    func pastMagnitudes(_ buffer: [UInt32], at index: Int) -> Int {
        var cursor = index
        if cursor + 1 < buffer.count, buffer[cursor] == 0x20, chineseCode(buffer[cursor + 1]) >= NumeralCode.hundred { cursor += 1 }
        let digitsEnd = cursor
        while cursor < buffer.count, chineseCode(buffer[cursor]) >= NumeralCode.hundred { cursor += 1 }
        return cursor == digitsEnd ? index : cursor
    }

    /// Whether spaced digit groups from `start` to `numberEnd` (with any decimal part) stand inside a sentence, so
    /// they are one number: an ideograph or a CJK mark right before the first group, and the unit or multiplier
    /// glued to the last. A row of table cells (`合计 3 756`, spaces around every figure) or a figure opening a line
    /// stays doubted.
    func spacedGroupsRead(_ buffer: [UInt32], start: Int, numberEnd: Int) -> Bool {
        guard start > 0, numberEnd < buffer.count, buffer[numberEnd] != 0x20 else { return false }
        let before = buffer[start - 1]
        guard Self.isIdeograph(before) || Self.sentenceMarks.contains(before) else { return false }
        return carriesQuantity(buffer, at: numberEnd)
    }

    /// Whether a decimal part (`.5`, `．5`) starts at `index`: spaced groups before it (`2 486.5万元`) are one
    /// number or several, never the decimal alone.
    func decimalFollows(_ buffer: [UInt32], at index: Int) -> Bool {
        index + 1 < buffer.count && (buffer[index] == 0x2E || buffer[index] == 0xFF0E) && digitValue(buffer[index + 1]) != nil
    }

    /// Punctuation a number in a sentence may follow: `，` `：` `、` `（` `“` and the ASCII `,` `:` `(` normalize
    /// folds the full-width ones to.
    static let sentenceMarks: Set<UInt32> = [0xFF0C, 0xFF1A, 0x3001, 0xFF08, 0x201C, 0x2C, 0x3A, 0x28]

    /// Whether what starts at `index` would carry a number: a unit, a hedge or a multiplier (a split or grouped
    /// number is doubted only where a quantity would have been taken).
    func carriesQuantity(_ buffer: [UInt32], at index: Int) -> Bool {
        var index = index
        if index < buffer.count && buffer[index] == 0x20 { index += 1 }
        guard index < buffer.count else { return false }
        if chineseCode(buffer[index]) >= NumeralCode.hundred || infixTrie.longestMatch(buffer, at: index) != nil { return true }
        if let unit = unitTrie.longestMatch(buffer, at: index) { return !isCalendarWord(unit.payload) }
        return false
    }

    /// Whether the line holding `start` begins there and the line before ends inside a number (a digit, or a digit
    /// then `.` or `,`): the number may be the second half of one a PDF wrapped.
    func continuesSplitNumber(_ buffer: [UInt32], at start: Int) -> Bool {
        guard start >= 2, buffer[start - 1] == 0x0A else { return false }
        guard digitValue(buffer[start]) != nil || chineseCode(buffer[start]) >= NumeralCode.hundred else { return false }
        // The line before ends in a digit, or a digit then `.`, `,` or magnitudes (1.⏎5亿元, 3亿⏎5千万元).
        var cursor = start - 2
        while cursor > 0, buffer[cursor] == 0x2E || buffer[cursor] == 0x2C || chineseCode(buffer[cursor]) >= NumeralCode.smallBase {
            cursor -= 1
        }
        guard cursor >= 0, cursor < start - 1, digitValue(buffer[cursor]) != nil else { return false }
        return isProseTail(buffer, lineEnd: start - 1)
    }

    /// Whether the number that ends the line at `lineEnd` (its `\n`) follows a word of the same line: prose a PDF
    /// wrapped (受理申请12⏎34件), not a row of space-separated table cells (胶合板 立方米 223828 6.25⏎罐头 吨).
    func isProseTail(_ buffer: [UInt32], lineEnd: Int) -> Bool {
        var cursor = lineEnd - 1
        while cursor >= 0, digitValue(buffer[cursor]) != nil || buffer[cursor] == 0x2E || buffer[cursor] == 0x2C
            || chineseCode(buffer[cursor]) >= NumeralCode.smallBase {
            cursor -= 1
        }
        guard cursor >= 0, cursor < lineEnd - 1 else { return false }
        let before = buffer[cursor]
        return before != 0x20 && before != 0x0A && before != 0x09
    }

    /// Whether the number ending at `end` stops at a line break after which its unit, multiplier or digits go on.
    func splitBeforeLineBreak(_ buffer: [UInt32], at end: Int) -> Bool {
        guard end + 1 < buffer.count, buffer[end] == 0x0A, isProseTail(buffer, lineEnd: end) else { return false }
        guard digitValue(buffer[end + 1]) != nil else {
            // A one-character unit opening a word (12⏎本年为15件: 本年) is no unit; one standing alone (12⏎件。) is.
            if let unit = unitTrie.longestMatch(buffer, at: end + 1), unit.end == end + 2, unit.end < buffer.count,
               Self.isIdeograph(buffer[unit.end]) {
                return false
            }
            return carriesQuantity(buffer, at: end + 1)
        }
        // Digits on the next line continue this number only if together they would make a quantity (12⏎34件), not
        // when a list item starts there (附件2⏎3.完善机制).
        guard let next = parseOperand(buffer, at: end + 1, allowLeadingMultiplier: false) else { return false }
        return next.multiplierExponent > 0 || carriesQuantity(buffer, at: next.end)
    }

    /// Index after the further items of an ordinal list that starts with an ordinal ending at `end` whose unit
    /// (条, 名; nil when written only at the list's end) is `unit`: `、4条`, `至3条`, `、五十八条`.
    func ordinalListEnd(_ buffer: [UInt32], from end: Int, unit: String?, chinese: Bool) -> Int {
        var index = end
        while let joiner = ordinalJoiners.longestMatch(buffer, at: index) {
            var item = joiner.end
            // `、第三十四条` is an ordinal of its own; the main loop reads it.
            if startsWithAny(ordinalPrefixes, buffer, at: item) { break }
            guard let number = parseOperand(buffer, at: item, allowLeadingMultiplier: false), number.isChinese == chinese else { break }
            item = number.end
            if let hit = unitAfter(buffer, at: item) {
                guard !isCalendarWord(hit.payload) else { break }
                if let unit, units[hit.payload].recordedUnit != unit { break }
                item = hit.end
            }
            index = item
        }
        return index
    }
}

