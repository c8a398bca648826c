/// Stop-listed phrases that a number's own spelling cuts through (`二十分钟`, `九十分` hold 十分, "very", but read 二十|分钟).
extension QuantityScanner {
    /// Whether every stop-listed phrase overlapping `from..<to` is cut by the number: it begins inside the numeral
    /// after a numeral character (the 十 of 二十分钟 multiplies 二), or it ends inside a longer unit word (十分 in
    /// 十分钟, whose unit is 分钟). `numeral` is the numeral's range and `unit` the unit word's, if any. A phrase that
    /// starts the numeral and ends with its unit (十分 of 得分十分理想) is not cut.
    func stopPhrasesCut(_ buffer: [UInt32], from start: Int, to end: Int, numeral: Range<Int>, unit: Range<Int>?) -> Bool {
        let reach = stopTrie.maxLength
        guard reach > 0 else { return true }
        var position = max(0, start - reach + 1)
        while position < end {
            if let hit = stopTrie.longestMatch(buffer, at: position), hit.end > start {
                let insideNumeral = position > numeral.lowerBound && position < numeral.upperBound
                    && chineseCode(buffer[position - 1]) >= 0
                let insideUnit = unit.map { hit.end > $0.lowerBound && hit.end < $0.upperBound } ?? false
                if !insideNumeral && !insideUnit { return false }
            }
            position += 1
        }
        return true
    }

    /// Length in scalars of the unit or calendar word a unit hit's payload names.
    func unitLength(_ payload: Int) -> Int {
        payload < units.count ? units[payload].text.unicodeScalars.count
            : rules.units.calendarSuffixes[payload - units.count].unicodeScalars.count
    }
}
