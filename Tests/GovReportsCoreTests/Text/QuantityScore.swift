@testable import GovReportsCore

/// Scores extracted quantities against gold the way `shared/gold/README.md` defines it.
struct QuantityScore: Sendable {
    /// Gold `must` mentions.
    var must = 0
    /// Gold `must` mentions matched.
    var matchedMust = 0
    /// All matched mentions (must + optional).
    var matched = 0
    /// Mentions extracted.
    var extracted = 0
    /// Matched mentions whose approx agrees.
    var approxAgree = 0
    /// Matched mentions whose value_max agrees.
    var valueMaxAgree = 0
    /// Extracted mentions with no gold partner (false positives), for the report.
    var unmatched: [String] = []
    /// Gold `must` mentions not found, for the report.
    var missed: [String] = []

    /// Recall over `must`.
    var recall: Double { must == 0 ? 1 : Double(matchedMust) / Double(must) }
    /// Precision over everything extracted.
    var precision: Double { extracted == 0 ? 1 : Double(matched) / Double(extracted) }
    /// F1 of recall and precision.
    var f1: Double { recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision) }
    /// Share of matched mentions with the same approx.
    var approxAgreement: Double { matched == 0 ? 1 : Double(approxAgree) / Double(matched) }
    /// Share of matched mentions with the same value_max.
    var valueMaxAgreement: Double { matched == 0 ? 1 : Double(valueMaxAgree) / Double(matched) }

    /// Whether two values agree within a relative tolerance of 1e-9.
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        default: return false
        }
    }

    /// Scores one document: (value, unit) pairs matched one-to-one as multisets, `must` entries claimed first.
    static func score(extracted: [QuantityMatch], gold: [GoldQuantity]) -> QuantityScore {
        var result = QuantityScore()
        result.must = gold.filter(\.isMust).count
        result.extracted = extracted.count
        var taken = [Bool](repeating: false, count: gold.count)
        for match in extracted {
            let candidates = gold.indices.filter { !taken[$0] && gold[$0].unit == match.unit && same(gold[$0].value, match.value) }
            // Prefer a must entry, and among those one whose approx and value_max also agree.
            let ranked = candidates.sorted { lhs, rhs in
                let l = (gold[lhs].isMust ? 0 : 2) + (gold[lhs].approx == match.approx ? 0 : 1)
                let r = (gold[rhs].isMust ? 0 : 2) + (gold[rhs].approx == match.approx ? 0 : 1)
                return l == r ? lhs < rhs : l < r
            }
            guard let index = ranked.first else {
                result.unmatched.append("\(match.text)[\(match.value) \(match.unit ?? "nil") \(match.approx ?? "-")]@\(match.start)")
                continue
            }
            taken[index] = true
            result.matched += 1
            if gold[index].isMust { result.matchedMust += 1 }
            if gold[index].approx == match.approx { result.approxAgree += 1 }
            if same(gold[index].valueMax, match.valueMax) { result.valueMaxAgree += 1 }
        }
        result.missed = gold.indices.filter { !taken[$0] && gold[$0].isMust }.map { gold[$0].text }
        return result
    }

    /// Adds another document's counts (micro average).
    mutating func add(_ other: QuantityScore) {
        must += other.must
        matchedMust += other.matchedMust
        matched += other.matched
        extracted += other.extracted
        approxAgree += other.approxAgree
        valueMaxAgree += other.valueMaxAgree
        unmatched += other.unmatched
        missed += other.missed
    }
}
