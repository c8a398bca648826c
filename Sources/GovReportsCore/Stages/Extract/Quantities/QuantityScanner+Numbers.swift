/// Number parsing: Arabic digits with separators and decimals, Chinese numerals, multipliers, infix hedges.
extension QuantityScanner {
    /// The value of a digit scalar (ASCII or full-width), else nil.
    @inline(__always)
    func digitValue(_ scalar: UInt32) -> Int? {
        if scalar >= 0x30 && scalar <= 0x39 { return Int(scalar - 0x30) }
        if scalar >= 0xFF10 && scalar <= 0xFF19 { return Int(scalar - 0xFF10) }
        return nil
    }

    /// Numeral code of a scalar (see `numeralCode`), -1 when it is not a Chinese numeral.
    @inline(__always)
    func chineseCode(_ scalar: UInt32) -> Int {
        scalar < 0x10000 ? Int(numeralCode[Int(scalar)]) : NumeralCode.none
    }

    /// Whether the scalar is an ASCII letter (codes such as `5G`, `G20`).
    @inline(__always)
    func isLetter(_ scalar: UInt32) -> Bool {
        (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A)
    }

    /// Whether a Latin unit symbol (`km`, `MW`) starts at `index` with no further letter or digit glued on.
    func latinUnitStands(_ buffer: [UInt32], at index: Int) -> Bool {
        guard let hit = unitTrie.longestMatch(buffer, at: index), !isCalendarWord(hit.payload), unitIsLatin[hit.payload] else {
            return false
        }
        return standing(hit, buffer) != nil
    }

    /// Index just after the run of numeral-ish scalars starting at `start`, so a rejected number is skipped whole.
    func endOfRun(_ buffer: [UInt32], from start: Int) -> Int {
        var index = start
        while index < buffer.count {
            let scalar = buffer[index]
            if digitValue(scalar) != nil || chineseCode(scalar) >= 0 || scalar == 0x2E || scalar == 0x2C || scalar == 0xFF0E
                || placeholders.contains(scalar) {
                index += 1
            } else {
                break
            }
        }
        return max(index, start + 1)
    }

    /// Parses the number at `start` with its multipliers and infix hedge; nil when it is no usable number.
    /// `groupSeparator` is the scalar between thousands groups: `,`, or a space where the caller has seen that
    /// spaced groups stand in prose (`spacedGroupsRead`).
    func parseOperand(_ buffer: [UInt32], at start: Int, allowLeadingMultiplier: Bool,
                      groupSeparator: UInt32 = QuantityScanner.commaSeparator) -> NumberOperand? {
        guard start < buffer.count else { return nil }
        var operand: NumberOperand
        if digitValue(buffer[start]) != nil {
            guard let arabic = parseArabic(buffer, at: start, groupSeparator: groupSeparator) else { return nil }
            operand = arabic
        } else if chineseCode(buffer[start]) >= 0 {
            if let chinese = parseChinese(buffer, at: start, allowLeadingMultiplier: allowLeadingMultiplier) {
                guard let read = chineseDecimal(buffer, chinese) else { return nil }
                operand = read
            } else if let hedged = bareMultiplier(buffer, at: start) {
                operand = hedged
            } else {
                return nil
            }
        } else {
            return nil
        }
        var index = operand.numeralEnd
        // A letter glued on makes a code (5G, 4K), unless a Latin unit symbol stands there (50km, 3.5GW).
        if index < buffer.count, placeholders.contains(buffer[index]) || (isLetter(buffer[index]) && !latinUnitStands(buffer, at: index)) {
            return nil
        }
        if !operand.isChinese { index = skippingSpaceBeforeMagnitude(buffer, at: index) }
        if let hit = infixTrie.longestMatch(buffer, at: index) {
            operand.approx = infixApprox[hit.payload]
            index = hit.end
        }
        // Multipliers after the digits (1.5万, 3千万, 二十多万); a unit such as 千米 starting here wins.
        while index < buffer.count {
            let code = chineseCode(buffer[index])
            guard code >= NumeralCode.hundred else { break }
            if let unit = unitTrie.longestMatch(buffer, at: index), !isCalendarWord(unit.payload) { break }
            // A Chinese integer spells its own 万/亿; a Chinese decimal (三点五万) takes them after.
            if operand.isChinese && operand.approx == nil && operand.isInteger { break }
            let power = NumeralCode.power(code)
            // 万亿 is the largest real magnitude; a longer chain is not a number.
            if operand.multiplierExponent + power > NumeralCode.maxMultiplierExponent { return nil }
            operand.exponent += power
            operand.multiplierExponent += power
            if code >= NumeralCode.largeBase { operand.hasLargeMultiplier = true }
            index += 1
        }
        // 3 万 余人: one space may stand between the magnitude and a hedge that a unit follows.
        if operand.approx == nil, operand.multiplierExponent > 0, index + 1 < buffer.count, buffer[index] == 0x20,
           let hedge = infixTrie.longestMatch(buffer, at: index + 1), unitAfter(buffer, at: hedge.end) != nil {
            index += 1
        }
        if operand.approx == nil, let hit = infixTrie.longestMatch(buffer, at: index), operand.multiplierExponent > 0 {
            operand.approx = infixApprox[hit.payload]
            index = hit.end
        }
        // 3亿5千万, 1万2千: Arabic digits under a smaller magnitude go on the number; after a decimal (1.2亿3千万)
        // the writing is garbled and no value is sure.
        if !operand.isChinese, operand.hasLargeMultiplier, operand.approx == nil, index < buffer.count, digitValue(buffer[index]) != nil {
            switch mixedMagnitude(buffer, operand, at: index) {
            case .none: break
            case .garbled: return nil
            case .joined(let joined):
                operand = joined
                index = joined.end
                if let hit = infixTrie.longestMatch(buffer, at: index) {
                    operand.approx = infixApprox[hit.payload]
                    index = hit.end
                }
            }
        }
        operand.end = index
        return operand
    }

    /// Reads a bare magnitude, 百/千/万/亿 with no digit before (`百余家`, `近万场`, `超千亿元`, `百万吨`, `万亿元`).
    /// It is a number only when 余/多 follows it, a unit follows it or a hedge stands before it, and never after a
    /// rate's denominator mark (`每万人`); fixed phrases (`千家万户`, `万众一心`) are dropped by the stoplist.
    func bareMultiplier(_ buffer: [UInt32], at start: Int) -> NumberOperand? {
        var index = start
        var power = 0
        var large = false
        while index < buffer.count {
            let code = chineseCode(buffer[index])
            guard code >= NumeralCode.hundred else { break }
            // 千瓦, 千米, 千公顷: a unit that starts here is a measurement unit, not a magnitude.
            if let unit = unitTrie.longestMatch(buffer, at: index), !isCalendarWord(unit.payload) { break }
            let step = NumeralCode.power(code)
            if power + step > NumeralCode.maxMultiplierExponent { return nil }
            power += step
            if code >= NumeralCode.largeBase { large = true }
            index += 1
        }
        guard power > 0, !precededBy(bareNotAfter, buffer, at: start) else { return nil }
        if infixTrie.longestMatch(buffer, at: index) == nil && prefixApprox(buffer, before: start, lowerBound: 0) == nil {
            // 单位:万元 labels the figures of a table; it counts nothing.
            if precededBy(bareLabelAfter, buffer, at: start) { return nil }
            // Unhedged, it needs a unit that ends the phrase (新增产能百万吨。); 万元地区生产总值 is a modifier.
            guard let unit = unitAfter(buffer, at: index), !isCalendarWord(unit.payload) else { return nil }
            // | 万吨 |: a table's unit column.
            if isWholeCell(buffer, start: start, end: unit.end) { return nil }
            // 千 right before a measurement unit is its SI prefix (a 千升 column header), not a thousand.
            if chineseCode(buffer[index - 1]) == NumeralCode.thousand && units[unit.payload].kind == .other { return nil }
            // 万元GDP: a Latin word after the unit makes it a modifier as an ideograph does.
            if unit.end < buffer.count && (Self.isIdeograph(buffer[unit.end]) || isLetter(buffer[unit.end]))
                && !startsWithAny(bareFollowers, buffer, at: unit.end) {
                return nil
            }
        }
        return NumberOperand(mantissa: 1, exponent: power, multiplierExponent: power, isChinese: true,
                             isComposite: true, isLone: false, hasLargeMultiplier: large, integerDigits: 0,
                             isInteger: true, numeralEnd: index, end: index, approx: nil)
    }

    /// The usual thousands separator, `,`.
    static let commaSeparator: UInt32 = 0x2C

    /// Parses Arabic digits with optional thousands groups (after `groupSeparator`) and a decimal part.
    func parseArabic(_ buffer: [UInt32], at start: Int, groupSeparator: UInt32 = QuantityScanner.commaSeparator) -> NumberOperand? {
        var index = start
        var mantissa = 0
        var digits = 0
        while index < buffer.count, let digit = digitValue(buffer[index]) {
            digits += 1
            if digits <= 15 { mantissa = mantissa * 10 + digit }
            index += 1
        }
        // Longer digit strings are identifiers (credit codes, phone numbers), not quantities.
        guard digits <= 15 else { return nil }
        // 0592, 02: codes and date parts, never counts.
        if digitValue(buffer[start]) == 0 && digits > 1 { return nil }
        if digits <= 3 {
            while index + 3 < buffer.count, buffer[index] == groupSeparator,
                  digitValue(buffer[index + 1]) != nil, digitValue(buffer[index + 2]) != nil,
                  digitValue(buffer[index + 3]) != nil,
                  index + 4 >= buffer.count || digitValue(buffer[index + 4]) == nil {
                for offset in 1...3 { mantissa = mantissa * 10 + (digitValue(buffer[index + offset]) ?? 0) }
                digits += 3
                index += 4
                if digits > 15 { return nil }
            }
        }
        var exponent = 0
        var isInteger = true
        if index + 1 < buffer.count, buffer[index] == 0x2E || buffer[index] == 0xFF0E, digitValue(buffer[index + 1]) != nil {
            isInteger = false
            index += 1
            while index < buffer.count, let digit = digitValue(buffer[index]) {
                // Further decimals are below any reported precision and would overflow the mantissa.
                if exponent > -9 && mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + digit
                    exponent -= 1
                }
                index += 1
            }
        }
        return NumberOperand(mantissa: mantissa, exponent: exponent, multiplierExponent: 0, isChinese: false,
                             isComposite: false, isLone: false, hasLargeMultiplier: false, integerDigits: digits,
                             isInteger: isInteger, numeralEnd: index, end: index, approx: nil)
    }

    /// Parses a Chinese numeral (`一百二十三`, `三千五百万`, colloquial `三万五`); nil for digit strings such as `二〇二二` or `十四五`.
    func parseChinese(_ buffer: [UInt32], at start: Int, allowLeadingMultiplier: Bool) -> NumberOperand? {
        var total = 0
        var section = 0
        var pending: Int?
        var lastPower = 0
        var largestPower = 0
        var afterZero = false
        var composite = false
        var hasLarge = false
        var count = 0
        var index = start
        while index < buffer.count {
            let code = chineseCode(buffer[index])
            guard code >= 0 else { break }
            if code < NumeralCode.digitLimit {
                // Two digits in a row without 十/百/千 spell a code or year (二〇二二, 十四五), not an amount.
                if pending != nil { return nil }
                if code == 0 && count > 0 {
                    afterZero = true
                } else {
                    pending = code
                }
            } else if code < NumeralCode.largeBase {
                let power = code - NumeralCode.smallBase
                if count == 0 && !(power == 1 || allowLeadingMultiplier) { return nil }
                section += (pending ?? 1) * Self.intPower(power)
                pending = nil
                lastPower = power
                afterZero = false
                composite = true
            } else {
                let power = code - 40
                if count == 0 || (pending == nil && section == 0 && total == 0) { return nil }
                section += pending ?? 0
                pending = nil
                guard total + section < Int.max / Self.intPower(power) / 10 else { return nil }
                if power > largestPower {
                    total = (total + section) * Self.intPower(power)
                    largestPower = power
                } else {
                    total += section * Self.intPower(power)
                }
                section = 0
                lastPower = power
                afterZero = false
                composite = true
                hasLarge = true
            }
            count += 1
            index += 1
            if total > 1_000_000_000_000_000 { return nil }
        }
        guard count > 0 else { return nil }
        if let digit = pending {
            // 三万五 = 35000, 一百五 = 150; after 零 the digit is plain units (一千零五).
            if lastPower >= 1 && !afterZero {
                section += digit * Self.intPower(lastPower - 1)
            } else {
                section += digit
            }
        }
        let value = total + section
        // A bare 一/零/二 is a word part (一次性, 零件, 二类) far more often than a count; 两 is the counting two.
        let lone = count == 1 && !composite && loneDigits.contains(buffer[start])
        return NumberOperand(mantissa: value, exponent: 0, multiplierExponent: 0, isChinese: true,
                             isComposite: composite, isLone: lone, hasLargeMultiplier: hasLarge,
                             integerDigits: 0, isInteger: true, numeralEnd: index, end: index, approx: nil)
    }

    /// 10^n as an integer.
    static func intPower(_ n: Int) -> Int {
        var result = 1
        for _ in 0..<n { result *= 10 }
        return result
    }
}
