/// A unit written once after the last number of a `、` list of bare Arabic numbers (`12、8、5件`).
extension QuantityScanner {
    /// Most numbers a shared-unit list is walked through.
    static let maxSharedUnitItems = 12

    /// The unit payload the list continuing at `index` ends with: `、`, a bare Arabic number, and so on, until a number
    /// with a unit that is no calendar word nor the calendar year (`1、2月`, `2022、2023年` are dates). Nil when an item
    /// is anything else (a Chinese numeral, a hedge, a multiplier, a range, text) or the last number has a multiplier.
    func sharedListUnit(_ buffer: [UInt32], after index: Int) -> Int? {
        var p = index
        var items = 0
        while items < Self.maxSharedUnitItems, p + 1 < buffer.count, buffer[p] == Self.enumerationComma {
            guard let next = parseOperand(buffer, at: p + 1, allowLeadingMultiplier: false), !next.isChinese,
                  next.approx == nil else { return nil }
            if let hit = unitAfter(buffer, at: next.end) {
                // 1.2、3.5万元: whether the 万 scales the bare numbers too is not written; no value beats a wrong one.
                guard !isCalendarWord(hit.payload), hit.payload != yearUnitIndex, next.multiplierExponent == 0 else { return nil }
                return hit.payload
            }
            guard next.multiplierExponent == 0 else { return nil }
            p = next.end
            items += 1
        }
        return nil
    }

    /// `、`, the enumeration comma between list items.
    static let enumerationComma: UInt32 = 0x3001
}
