/// A figure dated to the period before the report's is no instance of this period's measure.
extension IndicatorMatcher {
    /// Whether the quantity (its clause `window`) reports the previous period's figure: its sentence opens with a
    /// previous-period word standing alone as the sentence's time (`上年度，本机关共收到…88件`), or its own clause
    /// opens with one (`上年为36件`, `去年受理36件`, `上年末共有20名`). A word followed by one of the codebook's
    /// `previous_period_not_before` (`上年结转`, `去年以来`) names something of this period and dates nothing.
    func isPreviousPeriod(window: ClauseWindow, text: [Unicode.Scalar]) -> Bool {
        guard !previousPeriod.words.isEmpty else { return false }
        let lead = IndicatorMatcher.clauseLead
        var s = window.sentence.lowerBound
        while s < window.left.upperBound, lead.contains(text[s]) { s += 1 }
        if let end = previousPeriodWord(at: s, text: text), end < text.count,
           ClauseWindow.clauseBreaks.contains(text[end]), end < window.left.lowerBound || s >= window.left.lowerBound {
            return true
        }
        var c = window.left.lowerBound
        while c < window.left.upperBound, lead.contains(text[c]) { c += 1 }
        return c < window.left.upperBound && previousPeriodWord(at: c, text: text) != nil
    }

    /// The end of the previous-period word starting at `offset`, when one does and no not-before word follows it.
    func previousPeriodWord(at offset: Int, text: [Unicode.Scalar]) -> Int? {
        for word in previousPeriod.words where offset + word.count <= text.count {
            guard text[offset..<(offset + word.count)].elementsEqual(word) else { continue }
            let end = offset + word.count
            let blocked = previousPeriod.notBefore.contains {
                end + $0.count <= text.count && text[end..<(end + $0.count)].elementsEqual($0)
            }
            return blocked ? nil : end
        }
        return nil
    }
}
