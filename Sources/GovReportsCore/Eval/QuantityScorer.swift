/// Scores extracted quantities against gold, per the gold README: one-to-one multiset matching on (value, unit).
public enum QuantityScorer {
    /// Values equal within a relative tolerance (floating point from decimal text).
    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    /// Optional values equal (both nil, or both present and the same).
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return same(x, y)
        default: return false
        }
    }

    /// Scores one document.
    public static func score(extracted: [QuantityRecord], gold: [GoldQuantity]) -> QuantityScore {
        var used = [Bool](repeating: false, count: gold.count)
        var matchedMust = 0, matched = 0, approxAgree = 0, maxAgree = 0
        var spurious: [String] = []
        for q in extracted {
            // Among gold entries with this (value, unit), prefer must over optional, then agreeing approx/value_max.
            var best: Int?
            var bestRank = Int.max
            for (i, g) in gold.enumerated() where !used[i] && g.unit == q.unit && same(g.value, q.value) {
                var rank = g.status == "must" ? 0 : 4
                if g.approx != q.approx { rank += 1 }
                if !same(g.valueMax, q.valueMax) { rank += 2 }
                if rank < bestRank { best = i; bestRank = rank }
            }
            guard let i = best else { spurious.append(q.text); continue }
            used[i] = true
            matched += 1
            if gold[i].status == "must" { matchedMust += 1 }
            if gold[i].approx == q.approx { approxAgree += 1 }
            if same(gold[i].valueMax, q.valueMax) { maxAgree += 1 }
        }
        let missed = gold.enumerated().filter { !used[$0.offset] && $0.element.status == "must" }.map(\.element.text)
        let must = gold.filter { $0.status == "must" }.count
        return QuantityScore(prf: PRF(matchedForPrecision: matched, extracted: extracted.count, matchedRequired: matchedMust,
                                      required: must),
                             approxAgree: approxAgree, valueMaxAgree: maxAgree, matched: matched, missed: missed,
                             spurious: spurious)
    }
}
