/// A unit's clause context: words earlier in the number's clause that say what a Chinese numeral measures.
extension QuantityScanner {
    /// Whether one of the unit's `chineseContext` words stands before `start` in the same clause, at most
    /// `maxUnitContext` scalars back (`得分为九十二分`; not `十分重视`, nor a score word in the clause before).
    func inUnitContext(_ buffer: [UInt32], unit: Int, before start: Int) -> Bool {
        let words = unitChineseContext[unit]
        guard !words.isEmpty else { return false }
        var p = start - 1
        while p >= 0 && start - p <= Self.maxUnitContext {
            let scalar = buffer[p]
            switch scalar < 0x10000 ? ScalarClass(rawValue: classTable[Int(scalar)]) ?? .none : .none {
            // A colon stays inside: a label and its figure (考核得分:九十二分).
            case .clauseBreak, .sentenceBreak, .newline: return false
            default: break
            }
            // A word ending right before position p + 1.
            if precededBy(words, buffer, at: p + 1) { return true }
            p -= 1
        }
        return false
    }

    /// How far back, in scalars, a unit's context word may stand (a clause's subject and verb).
    static let maxUnitContext = 16
}
