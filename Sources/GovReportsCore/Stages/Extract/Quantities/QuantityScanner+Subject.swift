/// Best-effort subject: the noun phrase a quantity counts, cut deterministically at stop words and punctuation.
extension QuantityScanner {
    /// Whether the scalar is a CJK ideograph (subjects are made of these).
    @inline(__always)
    func isIdeograph(_ scalar: UInt32) -> Bool {
        scalar >= 0x4E00 && scalar <= 0x9FFF
    }

    /// The subject of the mention at `start..<end`; `following` is set when it is the phrase right after the mention.
    func subject(_ buffer: [UInt32], start: Int, end: Int, kind: QuantityKind,
                 lowerBound: Int) -> (text: String?, following: (text: String, end: Int)?) {
        // Tables flattened to text put one space around the number (申请 86 件).
        let start = start > lowerBound && buffer[start - 1] == 0x20 ? start - 1 : start
        let end = end < buffer.count && buffer[end] == 0x20 ? end + 1 : end
        let after = phraseAfter(buffer, from: end)
        // A rate or an amount names its subject before it (占比达到72%, 投资完成246.79亿元).
        if kind == .percent || kind == .money {
            if let before = phraseBefore(buffer, before: start, lowerBound: lowerBound) { return (before, nil) }
            return (after.map { string(buffer, end, $0) }, nil)
        }
        if let stop = after {
            let text = string(buffer, end, stop)
            return (text, (text, stop))
        }
        return (phraseBefore(buffer, before: start, lowerBound: lowerBound), nil)
    }

    /// End of the noun phrase starting at `start`, or nil when it is shorter than the minimum.
    func phraseAfter(_ buffer: [UInt32], from start: Int) -> Int? {
        if subjectNeverFirst.longestMatch(buffer, at: start) != nil { return nil }
        var index = start
        // The first character always belongs to the phrase (有限公司 is not 有 + 限公司).
        while index < buffer.count, index - start < rules.subject.maxLength, isIdeograph(buffer[index]),
              chineseCode(buffer[index]) < 0, index == start || subjectStops.longestMatch(buffer, at: index) == nil {
            index += 1
        }
        return index - start >= rules.subject.minLength ? index : nil
    }

    /// The noun phrase ending at `end`, after the last verb or particle, or nil when too short.
    func phraseBefore(_ buffer: [UInt32], before end: Int, lowerBound: Int) -> String? {
        var begin = end
        while begin > lowerBound, begin > 0, isIdeograph(buffer[begin - 1]), chineseCode(buffer[begin - 1]) < 0 {
            begin -= 1
        }
        var stop = end
        // Drop verbs that lead into the number (达到, 为, 共).
        var trimmed = true
        while trimmed && stop > begin {
            trimmed = false
            for length in stride(from: min(subjectStops.maxLength, stop - begin), through: 1, by: -1) {
                if let hit = subjectStops.longestMatch(buffer, at: stop - length), hit.end == stop {
                    stop -= length
                    trimmed = true
                    break
                }
            }
        }
        var from = begin
        var index = begin
        while index < stop {
            if let hit = subjectStops.longestMatch(buffer, at: index), hit.end <= stop {
                from = hit.end
                index = hit.end
            } else {
                index += 1
            }
        }
        from = max(from, stop - rules.subject.maxLength)
        return stop - from >= rules.subject.minLength ? string(buffer, from, stop) : nil
    }
}
