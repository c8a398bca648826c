/// A clause of only a verb takes its measure from the clause before it in the sentence.
extension IndicatorMatcher {
    /// Scalars an adverb may take before a repeat verb in its clause (`依法受理`, `共受理`), beyond which the clause says
    /// more than the verb.
    static let repeatVerbLead = 2
    /// Negators that, in the adverb before a repeat verb, turn it into the count of what was refused (`不予受理6件`).
    static let negators: Set<Unicode.Scalar> = ["不", "未", "无", "非", "免"]

    /// The indicator a clause of only a verb repeats (`收到行政复议申请64件，受理58件`: the 58): the indicator of the
    /// quantity right before it, when that one is in the same sentence with the same unit and the clause holds at
    /// most a short adverb without a negator and one of the indicator's repeat verbs, with no phrase of the codebook on
    /// the number's right. Nil otherwise (`审结55件`, `驳回3件`: outcome verbs repeat no received count; `不予受理6件`).
    func repeatedIndicator(of k: Int, order: [Int], quantities: [QuantityRecord], window: ClauseWindow,
                           text: [Unicode.Scalar], assigned: [Int: Int]) -> Int? {
        guard k > 0, let c = assigned[order[k - 1]], !compiled[c].repeatVerbs.isEmpty else { return nil }
        let p = quantities[order[k - 1]], q = quantities[order[k]]
        guard p.unit == q.unit, p.charStart >= window.sentence.lowerBound, p.charEnd <= window.left.lowerBound,
              phrases.hits(in: text, range: window.right).isEmpty else { return nil }
        let words = text[window.left].filter { !Self.clauseLead.contains($0) }
        for verb in compiled[c].repeatVerbs where words.count >= verb.count && words.count - verb.count <= Self.repeatVerbLead {
            if words.suffix(verb.count).elementsEqual(verb),
               !words.dropLast(verb.count).contains(where: { Self.negators.contains($0) }) { return c }
        }
        return nil
    }
}
