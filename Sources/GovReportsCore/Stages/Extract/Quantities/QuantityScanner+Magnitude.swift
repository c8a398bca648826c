/// Mixed Arabic magnitudes (`3亿5千万`) and rate denominators (`每10万人口`).
extension QuantityScanner {
    /// Reads the digits at `index` after `first` (which carries 万 or 亿) with their own magnitudes.
    func mixedMagnitude(_ buffer: [UInt32], _ first: NumberOperand, at index: Int) -> MixedMagnitude {
        guard let second = parseArabic(buffer, at: index), second.isInteger else { return .none }
        var cursor = second.numeralEnd
        var power = 0
        while cursor < buffer.count {
            let code = chineseCode(buffer[cursor])
            guard code >= NumeralCode.smallBase else { break }
            if let unit = unitTrie.longestMatch(buffer, at: cursor), !isCalendarWord(unit.payload) { break }
            power += NumeralCode.power(code)
            cursor += 1
        }
        guard power > 0 else { return .none }
        guard first.isInteger, power < first.multiplierExponent else { return .garbled }
        let shift = first.exponent - power
        guard shift >= 0, shift <= Self.maxMixedShift, first.mantissa < Self.maxMixedMantissa, second.mantissa < Self.maxMixedMantissa else {
            return .garbled
        }
        var joined = first
        joined.mantissa = first.mantissa * Self.intPower(shift) + second.mantissa
        joined.exponent = power
        joined.numeralEnd = cursor
        joined.end = cursor
        return .joined(joined)
    }

    /// Largest power-of-ten gap between the two parts of a mixed magnitude (亿 over 十: 7).
    static let maxMixedShift = 8

    /// Largest mantissa of either part of a mixed magnitude (keeps the sum far from overflow).
    static let maxMixedMantissa = 1_000_000

    /// Whether `value`, written right after 每 (or kin) at `start`, is a rate's denominator: a power of ten of at
    /// least the table's minimum (`每10万人口`, `每百户` is handled by the bare-magnitude rule).
    func isDenominator(_ buffer: [UInt32], at start: Int, value: Double) -> Bool {
        guard !denominatorPrefixes.isEmpty, value >= (rules.numerals.denominatorMinimum ?? .infinity) else { return false }
        let at = start > 0 && buffer[start - 1] == 0x20 ? start - 1 : start
        guard precededBy(denominatorPrefixes, buffer, at: at) else { return false }
        var rest = value
        while rest >= 10 && rest.truncatingRemainder(dividingBy: 10) == 0 { rest /= 10 }
        return rest == 1
    }

    /// The upper end of a range after `百分之二十` (`至三十`, `到百分之三十`, `-30`), in the same script, larger than the
    /// low end; nil when none follows.
    func percentRangeEnd(_ buffer: [UInt32], after low: NumberOperand, prefix: ScalarTrie.Hit) -> NumberOperand? {
        guard let connector = connectorTrie.longestMatch(buffer, at: low.end) else { return nil }
        var at = connector.end
        // The fraction word may be repeated on the high end (百分之二十至百分之三十), as the same word.
        if let again = percentTrie.longestMatch(buffer, at: at) {
            guard again.payload == prefix.payload else { return nil }
            at = again.end
        }
        guard let high = parseOperand(buffer, at: at, allowLeadingMultiplier: true), high.isChinese == low.isChinese,
              high.approx == nil, high.value > low.value else { return nil }
        // 百分之二十至三十万: a magnitude or unit after the high end makes it another number.
        if high.end < buffer.count, chineseCode(buffer[high.end]) >= 0 || unitAfter(buffer, at: high.end) != nil { return nil }
        return high
    }
}

extension QuantityScanner {
    /// The power of ten of the 万/亿 that ends `high`, a Chinese upper end of a range, when it scales `low` too: `low` is
    /// Chinese with no 万/亿 of its own and smaller than the part of `high` before that multiplier (三至五万: 3 < 5;
    /// 五千至八千万: 5000 < 8000). Nil otherwise (八千至一万: 8000 is no count of 万s).
    func sharedChineseMagnitude(_ buffer: [UInt32], low: NumberOperand, high: NumberOperand) -> Int? {
        guard low.isChinese, high.isChinese, !low.hasLargeMultiplier, high.numeralEnd > 0 else { return nil }
        let code = chineseCode(buffer[high.numeralEnd - 1])
        guard code >= NumeralCode.largeBase else { return nil }
        let power = NumeralCode.power(code)
        guard low.value < high.value / NumberOperand.powerOfTen(power) else { return nil }
        return power
    }
}
