import Foundation
import Testing
@testable import GovReportsCore

/// Per-document guards inside a run (issue 20): the guarded document fails with its stable code, the others finish.
@Suite(.serialized) struct DocumentGuardTests {
    /// A document with more rows than `extract.maxRowsPerDocument` fails with `document-too-large` at extract; the
    /// three small reports are exported.
    @Test func tooManyRowsFailsThatDocumentOnly() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let many = "某县统计局2023年度工作报告\n" + (1...60).map { "第\($0)项工作办理\($0 * 3)件。" }.joined(separator: "\n")
        try corpus.write("many.txt", Array(many.utf8))
        let report = try corpus.runner { $0.extract.maxRowsPerDocument = 40 }.run(RunOptions())
        #expect(report.failures.count == 1)
        let failure = try #require(report.failures.first)
        #expect(failure.source == "docs/many.txt")
        #expect(failure.stage == .extract)
        #expect(failure.reason.contains("docs/many.txt: document-too-large: "))
        #expect(report.counts(.extract).done == 3)
        let docs = try String(contentsOf: corpus.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(docs.split(separator: "\n").count == 3)
    }

    /// The 200,000-attribute page among good ones is cleaned with a `markup-bounded` warning in its documents row.
    @Test func attributeFloodIsExportedWithItsWarning() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        try corpus.write("flood.html", CleanGuardsTests.attributeFlood(200_000))
        let report = try corpus.runner().run(RunOptions())
        #expect(report.failures.isEmpty, "\(report.failures)")
        let docs = try String(contentsOf: corpus.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        let row = try #require(docs.split(separator: "\n").first { $0.contains("flood.html") })
        #expect(row.contains("were shortened before parsing"))
        let diagnostics = try String(contentsOf: corpus.output.appendingPathComponent("diagnostics.jsonl"), encoding: .utf8)
        #expect(diagnostics.contains("markup-bounded"))
    }

    /// Bad guard values are configuration errors naming the key.
    @Test func guardValuesAreValidated() {
        for (json, key) in [("{\"clean\":{\"maxSecondsPerDocument\":0}}", "clean.maxSecondsPerDocument"),
                            ("{\"extract\":{\"maxRowsPerDocument\":0}}", "extract.maxRowsPerDocument")] {
            #expect(throws: ConfigError.self) { try PipelineConfig.parse(Data(json.utf8), path: "p.json") }
            do {
                _ = try PipelineConfig.parse(Data(json.utf8), path: "p.json")
            } catch {
                #expect("\(error)".contains(key))
            }
        }
    }
}
