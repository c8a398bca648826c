import Testing
@testable import GovReportsCore

/// The scoring rules of the gold README: one-to-one multiset matching on (value, unit).
@Suite struct QuantityScorerTests {
    /// A quantity record with just the scored fields.
    func q(_ value: Double, _ unit: String?, approx: String? = nil, max: Double? = nil) -> QuantityRecord {
        QuantityRecord(mention: 1, text: "\(value)\(unit ?? "")", value: value, valueMax: max, unit: unit, kind: .count,
                       approx: approx, section: "", sectionTitle: nil, sentence: "", charStart: 0, charEnd: 1,
                       subject: nil, indicator: nil)
    }

    /// A gold entry.
    func g(_ value: Double, _ unit: String?, _ status: String = "must", approx: String? = nil, max: Double? = nil) -> GoldQuantity {
        GoldQuantity(doc: "d", text: "\(value)", value: value, unit: unit, kind: nil, approx: approx, valueMax: max, status: status)
    }

    /// Duplicates match once each; extra extractions count against precision; optional never counts for recall.
    @Test func multisetMatching() {
        let s = QuantityScorer.score(extracted: [q(100, "%"), q(100, "%"), q(100, "%"), q(3, "个")],
                                     gold: [g(100, "%"), g(100, "%"), g(3, "个", "optional"), g(5, "件")])
        #expect(s.prf.matchedRequired == 2)
        #expect(s.prf.required == 3)
        #expect(s.matched == 3)
        #expect(s.prf.extracted == 4)
        #expect(s.missed == ["5.0"])
    }

    /// Approx and value_max agreement are measured on matched pairs only.
    @Test func agreement() {
        let s = QuantityScorer.score(extracted: [q(10, "场", approx: "余"), q(40, "%", max: 60), q(7, "家")],
                                     gold: [g(10, "场", approx: "余"), g(40, "%", max: 50), g(7, "家", approx: "近")])
        #expect(s.matched == 3)
        #expect(s.approxAgree == 2)
        #expect(s.valueMaxAgree == 2)
    }
}
