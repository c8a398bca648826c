/// Shares written in Chinese numerals before the noun they divide (`三成企业`, `七成群众`).
extension QuantityScanner {
    /// 三成企业: a share unit that needs followers (成, lest 20成员 be read) stands before a noun after a Chinese
    /// numeral, whose word parts with 成 are few and listed (`units.json shareNotBefore`: 成员, 成本, 一成不变 …); only a
    /// share of at most the whole, and never after an Arabic figure (20成员单位).
    func spelledShare(_ buffer: [UInt32], _ number: NumberOperand) -> ScalarTrie.Hit? {
        guard number.isChinese, number.approx == nil, let hit = unitTrie.longestMatch(buffer, at: number.end),
              !isCalendarWord(hit.payload), unitHasFollowers[hit.payload], units[hit.payload].kind == .percent,
              !unitShareNotBefore[hit.payload].isEmpty, number.value * unitScales[hit.payload] <= Self.wholeShare,
              hit.end < buffer.count, Self.isIdeograph(buffer[hit.end]),
              chineseCode(buffer[hit.end]) < 0,
              !startsWithAny(unitShareNotBefore[hit.payload], buffer, at: hit.end) else { return nil }
        return hit
    }
}
