import Foundation
import Testing
@testable import GovReportsCore

/// Reports and pages written for this project (`Resources/metadata/`, made by `scripts/gen-metadata-fixtures.py`)
/// that vary what the metadata rules depend on: every level from province to 街道, agencies of every kind, joint
/// signatures, homonyms (鼓楼区, 朝阳区, 城关区, 新华区, 西湖区, 永定区, 城区), names with 省/市 dropped, functional zones
/// without a code, renamed and merged divisions, years and dates in every writing, and fields that are absent.
/// Each line of `expected.jsonl` gives all nine gold fields (nulls included), the diagnostics the document must
/// raise (`metadata_diagnostics`) and, for a class not solved yet, the fields (or diagnostic codes) that must still be
/// wrong or missing (`open`).
@Suite struct MetadataGeneralizationTests {
    /// The fixture folder.
    static var folder: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("metadata")
    }

    /// The in-memory chain with the default configuration.
    static let pipeline: StageChain = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! StageChain(config: PipelineConfig(), baseDirectory: root)
    }()

    /// One expectation line: the gold fields, the diagnostics and the open fields.
    struct Case: Sendable, CustomTestStringConvertible {
        /// File name in the fixture folder.
        var file: String
        /// The nine gold fields.
        var gold: GoldDocument
        /// Diagnostic codes the run must raise.
        var diagnostics: [String]
        /// Fields known to be wrong still, and diagnostic codes not raised yet.
        var open: Set<String>
        /// The file name, for the test list.
        var testDescription: String { file }
    }

    /// The expectation lines, read with the eval's own decoder.
    static func cases() throws -> [Case] {
        let url = folder.appendingPathComponent("expected.jsonl")
        let golds = try JSONLines.read(ExpectedDocument.self, from: url)
        let extras = try CleanFixtures.jsonLines(url)
        return zip(golds, extras).map { g, x in
            Case(file: g.file, gold: g.gold, diagnostics: x["metadata_diagnostics"] as? [String] ?? [],
                 open: Set(x["open"] as? [String] ?? []))
        }
    }

    /// Every field matches the gold (an open field must still differ, so that fixing it is noticed), and the
    /// listed diagnostics are raised.
    @Test(arguments: try cases())
    func fieldsMatch(_ item: Case) throws {
        let result = try Self.pipeline.run(file: Self.folder.appendingPathComponent(item.file))
        let score = MetadataScore.compare(result.extracted.metadata, gold: item.gold)
        for (field, ok) in score.fields.sorted(by: { $0.key < $1.key }) {
            if item.open.contains(field) {
                #expect(!ok, "\(item.file) \(field) is right now: drop it from `open`")
            } else {
                #expect(ok, "\(item.file) \(field): \(score.mismatches[field] ?? "")")
            }
        }
        let codes = Set((result.cleaned.diagnostics + result.extracted.diagnostics).map(\.code.rawValue))
        for code in item.diagnostics {
            if item.open.contains(code) {
                #expect(!codes.contains(code), "\(item.file) raises \(code) now: drop it from `open`")
            } else {
                #expect(codes.contains(code), "\(item.file): no \(code) diagnostic (has \(codes.sorted()))")
            }
        }
    }

    /// The folder holds as many reports as expectation lines, so none goes unscored.
    @Test func everyFileHasExpectations() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
        #expect(Set(files) == Set(try Self.cases().map(\.file)))
    }
}
