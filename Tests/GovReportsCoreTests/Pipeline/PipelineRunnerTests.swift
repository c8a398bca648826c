import Foundation
import Testing
@testable import GovReportsCore

/// Staged runs: skip unchanged work, redo one stage, redo from a stage, isolate failures, keep last good output.
@Suite(.serialized) struct PipelineRunnerTests {
    /// The first run does everything; the second does nothing and says so.
    @Test func secondRunRecomputesNothing() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let first = try corpus.runner().run(RunOptions())
        #expect(first.failures.isEmpty)
        for stage in StageName.perDocument { #expect(first.counts(stage).done == 3) }
        #expect(first.counts(.export).done == 1)
        let second = try corpus.runner().run(RunOptions())
        #expect(second.nothingToDo)
        for stage in StageName.perDocument { #expect(second.counts(stage).skipped == 3) }
        #expect(second.counts(.export).skipped == 1)
        for file in ["documents.csv", "quantities.csv", "sections.csv", "documents.jsonl", "texts.jsonl", "dataset.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: corpus.output.appendingPathComponent(file).path), "\(file)")
        }
    }

    /// Editing one document re-runs only that document; touching without a change stops at fetch.
    @Test func changedDocumentOnlyIsRedone() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        _ = try corpus.runner().run(RunOptions())
        try corpus.write("b.txt", Array((TestCorpus.reports["b.txt"]! + "新增一句:受理行政复议申请5件。\n").utf8))
        let edited = try corpus.runner().run(RunOptions())
        for stage in StageName.perDocument {
            #expect(edited.counts(stage).done == 1)
            #expect(edited.counts(stage).skipped == 2)
        }
        #expect(edited.counts(.export).done == 1)
        // Same bytes, new mtime: re-read and re-hashed, but nothing downstream changes.
        let path = corpus.docs.appendingPathComponent("c.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: path)
        let touched = try corpus.runner().run(RunOptions())
        #expect(touched.counts(.fetch).done == 1)
        #expect(touched.counts(.clean).done == 0)
        #expect(touched.counts(.export).done == 0)
    }

    /// `run extract` redoes extract for every document and nothing else.
    @Test func oneStageRun() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        _ = try corpus.runner().run(RunOptions())
        let r = try corpus.runner().run(RunOptions(selection: .only(.extract)))
        #expect(r.counts(.extract).done == 3)
        for stage in [StageName.fetch, .clean, .normalize, .export] {
            #expect(r.counts(stage).done == 0 && r.counts(stage).skipped == 0)
        }
    }

    /// `--from normalize` redoes normalize, extract and export.
    @Test func fromStageRun() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        _ = try corpus.runner().run(RunOptions())
        let r = try corpus.runner().run(RunOptions(selection: .from(.normalize)))
        #expect(r.counts(.fetch).done + r.counts(.fetch).skipped == 0)
        #expect(r.counts(.clean).done + r.counts(.clean).skipped == 0)
        #expect(r.counts(.normalize).done == 3)
        #expect(r.counts(.extract).done == 3)
        #expect(r.counts(.export).done == 1)
    }

    /// A binary file fails with a diagnostic naming it; the others are processed and exported.
    @Test func binaryFileFailsAlone() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        try corpus.write("d.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
        let r = try corpus.runner().run(RunOptions())
        #expect(r.failures.count == 1)
        #expect(r.failures.first?.source == "docs/d.html")
        #expect(r.failures.first?.stage == .clean)
        #expect(r.failures.first?.reason.contains("docs/d.html") == true)
        #expect(r.counts(.extract).done == 3)
        let docs = try String(contentsOf: corpus.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(docs.split(separator: "\n").count == 3)
    }

    /// When a document that was good turns bad, its last good output stays in the datasets.
    @Test func lastGoodOutputSurvives() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        _ = try corpus.runner().run(RunOptions())
        try corpus.write("a.txt", [])
        let r = try corpus.runner().run(RunOptions())
        #expect(r.failures.count == 1)
        let docs = try String(contentsOf: corpus.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(docs.split(separator: "\n").count == 3)
        #expect(docs.contains("某县司法局"))
    }

    /// Status explains staleness: never run, then up to date, then config changed for extract only.
    @Test func statusReasons() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let before = try StatusReporter(runner: corpus.runner()).status()
        #expect(before[StageName.fetch.order].stale["never run"] == 3)
        _ = try corpus.runner().run(RunOptions())
        let after = try StatusReporter(runner: corpus.runner()).status()
        for s in after { #expect(s.stale.isEmpty, "\(s.stage)") }
        let changed = try StatusReporter(runner: corpus.runner { $0.extract.stoplist = ["三个代表"] }).status()
        #expect(changed[StageName.clean.order].upToDate == 3)
        #expect(changed[StageName.extract.order].stale["config changed"] == 3)
    }

    /// A second holder of the output lock is refused with the holder named.
    @Test func lockRefusesSecondRun() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        try FileManager.default.createDirectory(at: corpus.output, withIntermediateDirectories: true)
        let held = try RunLock(output: corpus.output)
        defer { withExtendedLifetime(held) {} }
        #expect(throws: PipelineError.self) { _ = try corpus.runner().run(RunOptions()) }
        do { _ = try RunLock(output: corpus.output); Issue.record("second lock taken") } catch {
            #expect("\(error)".contains("pid \(getpid())"))
        }
    }
}
