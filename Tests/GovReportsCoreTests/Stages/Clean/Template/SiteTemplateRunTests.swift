import Foundation
import Testing
@testable import GovReportsCore

/// The learner in a run: templates removed from every page, stored with a fingerprint, and a new page redoes only
/// the documents whose removed lines change, as `status` and the run's counts show.
@Suite(.serialized) struct SiteTemplateRunTests {
    /// A corpus folder holding pages 1…count of the synthetic site.
    static func corpus(_ count: Int) throws -> TestCorpus {
        let corpus = try TestCorpus()
        for name in TestCorpus.reports.keys { try FileManager.default.removeItem(at: corpus.docs.appendingPathComponent(name)) }
        for n in 1...count { try corpus.write(String(format: "page%02d.txt", n), Array(SyntheticSite.text(n).utf8)) }
        return corpus
    }

    /// The normalized records of the run, by file name.
    static func normalized(_ corpus: TestCorpus, _ runner: PipelineRunner) throws -> [String: NormalizedDocument] {
        var out: [String: NormalizedDocument] = [:]
        for doc in try runner.documents(inputs: []) {
            out[(doc.source as NSString).lastPathComponent] = try runner.store.read(NormalizedDocument.self, stage: .normalize, docID: doc.docID)
        }
        return out
    }

    /// Twenty pages: the five template lines are gone from every text (removed by the template rule), the shared
    /// heading stays in every one; the template is stored under `stages/template/`.
    @Test func removesTemplateFromEveryPage() throws {
        let corpus = try Self.corpus(20)
        defer { corpus.remove() }
        let runner = corpus.runner()
        let report = try runner.run(RunOptions())
        #expect(report.failures.isEmpty)
        let docs = try Self.normalized(corpus, runner)
        #expect(docs.count == 20)
        for (name, doc) in docs {
            let lines = doc.text.split(separator: "\n").map(String.init)
            for t in SyntheticSite.templateLines { #expect(!lines.contains(t), "\(name) kept \(t)") }
            #expect(lines.contains(SyntheticSite.headings[0]), "\(name) lost the heading")
            #expect(lines.contains(SyntheticSite.agency), "\(name) lost the signing agency")
            let byTemplate = doc.removed.filter { $0.rule == "template" }.map(\.line)
            #expect(Set(byTemplate).isSuperset(of: SyntheticSite.templateLines), "\(name)")
        }
        let stored = try FileManager.default.contentsOfDirectory(atPath: corpus.output.appendingPathComponent("stages/template").path)
        #expect(stored.count == 1)
        let off = try Self.corpus(20)
        defer { off.remove() }
        let plain = off.runner { $0.clean.template.group = .none }
        _ = try plain.run(RunOptions())
        #expect(try Self.normalized(off, plain).values.allSatisfy { $0.text.contains(SyntheticSite.templateLines[0]) })
    }

    /// A 21st page without the topical line drops it below the share: only the twelve topical pages (and the new
    /// one) are normalized again; `status` names the template as the reason before that run.
    @Test func newPageRedoesOnlyWhatChanged() throws {
        let corpus = try Self.corpus(20)
        defer { corpus.remove() }
        _ = try corpus.runner().run(RunOptions())
        try corpus.write("page21.txt", Array(SyntheticSite.text(21).utf8))
        _ = try corpus.runner().run(RunOptions(selection: .only(.fetch)))
        _ = try corpus.runner().run(RunOptions(selection: .only(.clean)))
        let status = try StatusReporter(runner: corpus.runner()).status()
        let normalize = status[StageName.normalize.order]
        #expect(normalize.stale[StaleReason.templateChanged.rawValue] == 12)
        #expect(normalize.stale[StaleReason.neverRun.rawValue] == 1)
        #expect(normalize.upToDate == 8)
        let rerun = try corpus.runner().run(RunOptions())
        #expect(rerun.failures.isEmpty)
        #expect(rerun.counts(.clean).skipped == 21)
        #expect(rerun.counts(.normalize).done == 13)
        #expect(rerun.counts(.normalize).skipped == 8)
        let docs = try Self.normalized(corpus, corpus.runner())
        #expect(docs["page01.txt"]!.text.contains(SyntheticSite.topicalLine))
        #expect(!docs["page01.txt"]!.text.contains(SyntheticSite.templateLines[1]))
        #expect(!docs["page21.txt"]!.text.contains(SyntheticSite.templateLines[0]))
        let again = try corpus.runner().run(RunOptions())
        #expect(again.nothingToDo)
    }

    /// Template options are validated with their key path.
    @Test func configIsValidated() throws {
        for (json, key) in [(#"{"clean": {"template": {"minShare": 0}}}"#, "clean.template.minShare"),
                            (#"{"clean": {"template": {"minGroupSize": 1}}}"#, "clean.template.minGroupSize"),
                            (#"{"clean": {"template": {"group": "site"}}}"#, "clean.template.group"),
                            (#"{"clean": {"template": {"share": 0.5}}}"#, "clean.template.share")] {
            #expect(throws: ConfigError.self) { try PipelineConfig.parse(Data(json.utf8), path: "p.json") }
            do { _ = try PipelineConfig.parse(Data(json.utf8), path: "p.json") } catch {
                #expect("\(error)".contains(key), "\(error)")
            }
        }
    }
}
