/// Whether a mention is a change (`增长5%`) or a level; whether its clause states a goal is tracked by the main loop
/// (`ScanState.clauseTarget`).
extension QuantityScanner {
    /// The direction of the change a verb or comparison right before `start` states, for a mention of `value`.
    func change(_ buffer: [UInt32], before start: Int, value: Double) -> QuantityChange? {
        var cursor = start
        if cursor > 0 && buffer[cursor - 1] == 0x20 { cursor -= 1 }
        guard cursor > 0, changeLasts.contains(value: buffer[cursor - 1]) else {
            return comparativeOverVerb(buffer, before: cursor).map { value < 0 ? ($0 == .increase ? .decrease : .increase) : $0 }
        }
        // Fillers (了 分别 达 为) may stand between the verb and the number; a level marker (到 至) makes a level.
        var ending = changeTrie.longestEndings(buffer, before: cursor)
        var skips = 0
        while ending[Int(ChangeWordClass.filler.rawValue)] > 0 && skips < Self.maxChangeFillers {
            cursor -= Int(ending[Int(ChangeWordClass.filler.rawValue)])
            ending = changeTrie.longestEndings(buffer, before: cursor)
            skips += 1
        }
        if ending[Int(ChangeWordClass.level.rawValue)] > 0 || ending[Int(ChangeWordClass.notChange.rawValue)] > 0 {
            return nil
        }
        let up = ending[Int(ChangeWordClass.increase.rawValue)]
        let down = ending[Int(ChangeWordClass.decrease.rawValue)]
        var direction: QuantityChange
        if up == 0 && down == 0 {
            if ending[Int(ChangeWordClass.comparison.rawValue)] > 0 {
                direction = .increase
            } else if let d = comparative(buffer, before: cursor) ?? comparativeOverVerb(buffer, before: cursor) {
                direction = d
            } else {
                return nil
            }
        } else {
            direction = up >= down ? .increase : .decrease
        }
        // 增长-3.2% falls; 下降-1% rises: the written sign wins over the verb.
        if value < 0 { direction = direction == .increase ? .decrease : .increase }
        return direction
    }

    /// The direction a comparative word (多, 少) ending at `end` states when a comparison stands right before it
    /// (`比上年多`, `同比少`); nil otherwise.
    func comparative(_ buffer: [UInt32], before end: Int) -> QuantityChange? {
        for (word, direction) in comparatives where end >= word.count && Array(buffer[(end - word.count)..<end]) == word {
            if changeTrie.longestEndings(buffer, before: end - word.count)[Int(ChangeWordClass.comparison.rawValue)] > 0 {
                return direction
            }
        }
        return nil
    }

    /// The direction a comparison + comparative states across a short verb phrase before `end` (`比上年多公开1,206条`,
    /// `较上年少召开了4场`): the number is the difference, whatever was done; nil when no such pair stands within
    /// `maxComparativeVerb` ideographs.
    func comparativeOverVerb(_ buffer: [UInt32], before end: Int) -> QuantityChange? {
        var p = end - 1
        while p > 0 && end - p <= Self.maxComparativeVerb && isIdeograph(buffer[p]) {
            // Only where a comparative word ends: the full test (and its comparison lookup) is rare.
            if comparatives.contains(where: { $0.word.last == buffer[p - 1] }), let d = comparative(buffer, before: p) {
                return d
            }
            p -= 1
        }
        return nil
    }

    /// Most ideographs of a verb phrase between a comparative and its number (`少召开新闻发布会`).
    static let maxComparativeVerb = 8

    /// Most fillers skipped between a verb and its number (`分别增长了`).
    static let maxChangeFillers = 3

    /// Whether an achievement word (完成, 超过) stands in `from..<to`, which makes a goal word after it an
    /// achievement (`完成年度计划的110%`, `超过预期目标0.2个百分点`).
    func achieved(_ buffer: [UInt32], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            if achievementTrie.longestMatch(buffer, at: i) != nil { return true }
            i += 1
        }
        return false
    }
}
