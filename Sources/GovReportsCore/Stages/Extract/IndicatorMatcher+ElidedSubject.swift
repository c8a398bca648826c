/// A subject-less passive clause takes its subject from the clause before it in the sentence.
extension IndicatorMatcher {
    /// `被`: a clause opening with it has its subject elided (`…被申请行政复议2件，被提起行政诉讼1件`).
    static let passiveMarker: Unicode.Scalar = "被"
    /// Scalars after 被 that make it part of a noun, not the passive (`被告`, the defendant).
    static let passiveNotBefore: Set<Unicode.Scalar> = ["告"]
    /// Scalars skipped before a clause's first word: spaces and the enumeration comma `、`.
    static let clauseLead: Set<Unicode.Scalar> = [" ", "、"]

    /// The words a subject-less clause (opening with 被) shares with the clause before it in the sentence: what stands
    /// before 被 in the nearest earlier clause that has words there (`因政府信息公开…被申请行政复议2件，被提起行政诉讼1件`:
    /// `因政府信息公开`), so a context said once there (a disclosure lawsuit, which the panel counts) holds for the
    /// parallel passive clauses after it. Nil when the clause does not open with 被 or no such earlier clause exists.
    func elidedSubject(of k: Int, order: [Int], quantities: [QuantityRecord], window: ClauseWindow,
                       text: [Unicode.Scalar]) -> Range<Int>? {
        guard opensPassive(text, window.left) else { return nil }
        var j = k - 1
        while j >= 0 {
            let p = quantities[order[j]]
            guard p.charStart >= window.sentence.lowerBound, p.charEnd <= window.left.lowerBound else { return nil }
            let floor = max(j > 0 ? quantities[order[j - 1]].charEnd : 0, p.charStart - ClauseWindow.maxLeft,
                            window.sentence.lowerBound)
            var l = p.charStart
            while l > floor, !ClauseWindow.clauseBreaks.contains(text[l - 1]) { l -= 1 }
            let clause = l..<p.charStart
            if !opensPassive(text, clause) {
                guard let marker = clause.first(where: { isPassive(text, at: $0) }), marker > l else { return nil }
                return l..<marker
            }
            j -= 1
        }
        return nil
    }

    /// Whether the clause `range` opens with the passive 被 (spaces and `、` aside).
    func opensPassive(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { !Self.clauseLead.contains(text[$0]) }) else { return false }
        return isPassive(text, at: first)
    }

    /// Whether the 被 at `i` is the passive marker, not the start of a noun (`被告`).
    func isPassive(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        text[i] == Self.passiveMarker && !(i + 1 < text.count && Self.passiveNotBefore.contains(text[i + 1]))
    }
}
