import Foundation
import Testing
@testable import GovReportsCore

/// `IndicatorScope`: under the gold scope an id the gold never annotates is counted as unscored, not spurious;
/// under the codebook scope the same instance is spurious, so the list of scored ids cannot drift with the gold.
@Suite struct IndicatorScopeTests {
    /// A one-report corpus whose gold annotates the reconsideration count only, not the legal-aid count beside it.
    static func corpus() throws -> (docs: URL, gold: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scope-\(UUID().uuidString)")
        let docs = root.appendingPathComponent("docs"), gold = root.appendingPathComponent("gold")
        for dir in [docs, gold] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        let text = "某县司法局2024年法治政府建设年度报告\n全年办理法律援助案件12件，办理行政复议案件3件。\n"
        try Data(text.utf8).write(to: docs.appendingPathComponent("s1.txt"))
        let line = #"{"doc": "s1", "indicator": "reconsideration_cases", "text": "3件", "value": 3}"# + "\n"
        try Data(line.utf8).write(to: gold.appendingPathComponent("indicators.jsonl"))
        return (docs, gold)
    }

    /// The gold scope scores the annotated id only and reports the other as unscored.
    @Test func goldScopeCountsTheRestAsUnscored() throws {
        let (docs, gold) = try Self.corpus()
        let r = try Evaluator(pipeline: CleanUnseenLayoutsTests.pipeline, indicatorScope: .gold).evaluate(documents: docs, gold: gold)
        #expect(r.indicators.extracted == 1 && r.indicators.matchedForPrecision == 1 && r.indicators.matchedRequired == 1)
        #expect(r.unscoredIndicators == ["legal_aid_cases": 1])
    }

    /// The codebook scope scores every codebook id: the unannotated instance is spurious and nothing is unscored.
    @Test func codebookScopeScoresEveryID() throws {
        let (docs, gold) = try Self.corpus()
        let r = try Evaluator(pipeline: CleanUnseenLayoutsTests.pipeline, indicatorScope: .codebook).evaluate(documents: docs, gold: gold)
        #expect(r.indicators.extracted == 2 && r.indicators.matchedForPrecision == 1 && r.indicators.matchedRequired == 1)
        #expect(r.unscoredIndicators.isEmpty)
    }
}
