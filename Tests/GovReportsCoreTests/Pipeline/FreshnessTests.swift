import Foundation
import Testing
@testable import GovReportsCore

/// `status` and `run` take their freshness from one function: what status calls up to date, the next run skips;
/// what it calls stale or failed at its source, the next run redoes. Below a stale stage status says "upstream
/// stale", a prediction: the run skips such a stage when the redone upstream output came out byte-identical.
@Suite(.serialized) struct FreshnessTests {
    /// Status per stage name, then the run it predicts, checked stage by stage.
    static func statusThenRun(_ corpus: TestCorpus, config: (inout PipelineConfig) -> Void = { _ in })
        throws -> (status: [StageName: StageStatus], run: RunReport) {
        let status = try StatusReporter(runner: corpus.runner(config)).status()
        let report = try corpus.runner(config).run(RunOptions())
        let byStage = Dictionary(uniqueKeysWithValues: status.map { ($0.stage, $0) })
        for stage in StageName.allCases {
            let s = byStage[stage]!, r = report.counts(stage)
            #expect(s.upToDate <= r.skipped, "\(stage): status says \(s.upToDate) up to date, run skipped \(r.skipped)")
            // Only an "upstream stale" prediction may turn into a skip.
            #expect(r.skipped - s.upToDate <= s.stale[StaleReason.upstreamStale.rawValue] ?? 0, "\(stage)")
            let redo = s.stale.values.reduce(0, +) + s.failed.count
            #expect(r.done + r.failed <= redo, "\(stage): run redid \(r.done + r.failed), status predicted \(redo)")
        }
        return (byStage, report)
    }

    /// Fresh: everything up to date and skipped.
    @Test func freshIsSkipped() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        _ = try corpus.runner().run(RunOptions())
        let (status, run) = try Self.statusThenRun(corpus)
        for stage in StageName.perDocument { #expect(status[stage]!.upToDate == 3) }
        #expect(status[.export]!.upToDate == 1)
        #expect(run.nothingToDo)
    }

    /// Never run, then an edited document: stale in status, redone by run, with the same reason at the source.
    @Test func staleIsRedone() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let (first, _) = try Self.statusThenRun(corpus)
        #expect(first[.fetch]!.stale[StaleReason.neverRun.rawValue] == 3)
        try corpus.write("b.txt", Array((TestCorpus.reports["b.txt"]! + "新增一句:受理行政复议申请5件。\n").utf8))
        let (status, run) = try Self.statusThenRun(corpus)
        #expect(status[.fetch]!.stale[StaleReason.inputChanged.rawValue] == 1)
        #expect(status[.clean]!.stale[StaleReason.upstreamStale.rawValue] == 1)
        for stage in StageName.perDocument { #expect(run.counts(stage).done == 1) }
        #expect(status[.export]!.stale[StaleReason.upstreamStale.rawValue] == 1)
        #expect(run.counts(.export).done == 1)
    }

    /// A failed document: failed in status, retried (and failing alike) by run; export stays up to date for both.
    @Test func failedIsRetried() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        try corpus.write("empty.txt", Array(" \n".utf8))
        _ = try corpus.runner().run(RunOptions())
        let (status, run) = try Self.statusThenRun(corpus)
        #expect(status[.clean]!.failed.count == 1)
        #expect(run.counts(.clean).failed == 1)
        #expect(run.counts(.clean).skipped == 3)
        #expect(status[.export]!.upToDate == 1 && run.counts(.export).skipped == 1)
    }

    /// A changed config section: that stage is stale for every document in status and redone by run.
    @Test func changedConfigIsRedone() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        _ = try corpus.runner().run(RunOptions())
        // A rule that drops a line of b.txt, so clean's output (and everything after it) changes for that document.
        let (status, run) = try Self.statusThenRun(corpus) { $0.clean.chromeLinePatterns = ["^2021年,新登记.*$"] }
        #expect(status[.fetch]!.upToDate == 3)
        #expect(status[.clean]!.stale[StaleReason.configChanged.rawValue] == 3)
        #expect(run.counts(.clean).done == 3)
        #expect(run.counts(.normalize).done == 1)
        #expect(run.counts(.export).done == 1)
    }

    /// The decision itself: forced and URL re-checks beat a matching row; a missing artifact is stale.
    @Test func decisionOrder() {
        let row = StageState(docID: "d", stage: .clean, source: "s", inputSHA: "i", configSHA: "c",
                             version: "\(ProgramVersion.schema)", outputSHA: "o", outcome: .ok, error: nil, updatedAt: "")
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: row, artifactExists: true) == nil)
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: row, artifactExists: false) == .artifactMissing)
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: row, artifactExists: true, forced: true) == .forced)
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: row, artifactExists: true, alwaysRuns: true) == .forced)
        #expect(Freshness.staleness(inputSHA: "x", configSHA: "c", previous: row, artifactExists: true) == .inputChanged)
        #expect(Freshness.staleness(inputSHA: nil, configSHA: "c", previous: row, artifactExists: true) == .inputChanged)
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "x", previous: row, artifactExists: true) == .configChanged)
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: nil, artifactExists: true) == .neverRun)
        var failed = row
        failed.outcome = .failed
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: failed, artifactExists: true) == .failed)
    }
}
