/// Fractions written in Chinese numerals (`三分之一`, `近四分之三`): a share recorded as its value, unit null, kind other.
extension QuantityScanner {
    /// End of a fraction marker (`分之`) starting at `index`, else nil.
    func fractionMarkerEnd(_ buffer: [UInt32], at index: Int) -> Int? {
        for m in fractionMarkers.indices where index + fractionMarkers[m].count <= buffer.count {
            if hasWord(fractionMarkers[m], buffer, at: index) { return index + fractionMarkers[m].count }
        }
        return nil
    }

    /// Reads the fraction whose denominator starts at `start` and whose numerator starts at `numeratorAt`.
    func fractionCandidate(_ buffer: [UInt32], at start: Int, denominator: NumberOperand, numeratorAt: Int,
                           state: ScanState, doubts: inout [QuantityDoubt]) -> (QuantityMatch?, Int) {
        guard let numerator = parseOperand(buffer, at: numeratorAt, allowLeadingMultiplier: false), numerator.isChinese,
              numerator.approx == nil else { return (nil, numeratorAt) }
        var end = numerator.end
        // Only a proper fraction of whole numbers is a share; 五分之七 or a decimal part is too odd to trust.
        guard denominator.exponent >= 0, numerator.exponent >= 0, denominator.value > 1, numerator.value >= 1 else {
            return (nil, end)
        }
        if state.titleDepth > 0 || state.inQuotes(at: start, limit: rules.numerals.nameQuoteMaxLength) { return (nil, end) }
        if isOrdinal(buffer, at: start) || precededBy(vaguePrefixes, buffer, at: start) { return (nil, end) }
        // 五分之七 (improper) and 四分之一决赛 (a round's name): a fraction, but no share to record; say so.
        if numerator.value >= denominator.value || fractionNameWords.contains(where: { end + $0.count <= buffer.count && hasWord($0, buffer, at: end) }) {
            doubts.append(QuantityDoubt(code: .quantityOddFraction, start: start, end: end))
            return (nil, end)
        }
        // A numeral or unit right after (三分之一二, 三分之一个): not a plain share.
        if end < buffer.count, chineseCode(buffer[end]) >= 0 || unitAfter(buffer, at: end).map({ !isCalendarWord($0.payload) }) == true {
            return (nil, end)
        }
        let span = hedgedSpan(buffer, start: start, end: end, approx: nil, lowerBound: state.lastEnd)
        end = span.end
        let approx = span.approx
        let mentionStart = span.start
        // The denominator and 分之 spell the fraction itself (十分之一 is no 十分, "very"): only a stop-listed phrase in
        // the hedge before it or from the numerator on rejects it.
        if stopListedAround(buffer, mentionStart: mentionStart, denominatorStart: start, numeratorAt: numeratorAt, end: end) {
            return (nil, end)
        }
        let subjectText = subject(buffer, start: mentionStart, end: end, kind: .other, lowerBound: state.lastEnd)
        let match = QuantityMatch(text: string(buffer, mentionStart, end), value: numerator.value / denominator.value,
                                  valueMax: nil, unit: nil, kind: .other, approx: approx, start: mentionStart, end: end,
                                  subject: subjectText.text)
        return (match, end)
    }

    /// Whether a stop-listed phrase covers the hedge before a fraction (`mentionStart..<denominatorStart`) or its
    /// numerator and what follows (`numeratorAt..<end`); a phrase ending inside the denominator and marker is the
    /// fraction's own spelling.
    func stopListedAround(_ buffer: [UInt32], mentionStart: Int, denominatorStart: Int, numeratorAt: Int, end: Int) -> Bool {
        if mentionStart < denominatorStart && isStopListed(buffer, from: mentionStart, to: denominatorStart) { return true }
        return isStopListed(buffer, from: numeratorAt, to: end)
    }
}
