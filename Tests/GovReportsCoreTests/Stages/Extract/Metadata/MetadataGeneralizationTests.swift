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
    struct Case: @unchecked Sendable, CustomTestStringConvertible {
        /// File name in the fixture folder.
        var file: String
        /// The nine gold fields.
        var gold: GoldDocument
        /// Diagnostic codes the run must raise.
        var diagnostics: [String]
        /// Fields known to be wrong still, and diagnostic codes not raised yet.
        var open: Set<String>
        /// Optional fields beyond the nine (`doc_number`, `written`, `sections`), checked only where given.
        var extras: [String: Any]
        /// The file name, for the test list.
        var testDescription: String { file }
    }

    /// The optional expectation keys beyond the nine gold fields.
    static let extraKeys: Set<String> = ["doc_number", "written", "sections"]

    /// For each optional key a case gives: whether the run agrees, and what it produced.
    static func extraScores(_ item: Case, _ result: ChainResult) -> [(key: String, ok: Bool, got: String)] {
        var out: [(key: String, ok: Bool, got: String)] = []
        let meta = result.extracted.metadata
        for key in item.extras.keys.sorted() {
            switch key {
            case "doc_number":
                out.append((key, meta.docNumber == item.extras[key] as? String, meta.docNumber ?? "nil"))
            case "written":
                out.append((key, meta.written == item.extras[key] as? String, meta.written ?? "nil"))
            case "sections":
                // Each heading as (title, parent's title): the hierarchy without the path notation.
                let titles = Dictionary(result.extracted.sections.map { ($0.path, $0.title) }, uniquingKeysWith: { a, _ in a })
                let got = result.extracted.sections.map { [$0.title, $0.parent.flatMap { titles[$0] } ?? "-"] }
                let want = (item.extras[key] as? [[Any]] ?? []).map { pair in pair.map { ($0 as? String) ?? "-" } }
                out.append((key, got == want, got.map { $0.joined(separator: "<") }.joined(separator: " | ")))
            default: break
            }
        }
        return out
    }

    /// The expectation lines, read with the eval's own decoder.
    static func cases() throws -> [Case] {
        let url = folder.appendingPathComponent("expected.jsonl")
        let golds = try JSONLines.read(ExpectedDocument.self, from: url)
        let extras = try CleanFixtures.jsonLines(url)
        return zip(golds, extras).map { g, x in
            Case(file: g.file, gold: g.gold, diagnostics: x["metadata_diagnostics"] as? [String] ?? [],
                 open: Set(x["open"] as? [String] ?? []),
                 extras: x.filter { Self.extraKeys.contains($0.key) })
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
                // A known issue that stops occurring fails the test, so a fix is noticed and `open` shrinks.
                withKnownIssue("\(item.file) \(field) still open: \(score.mismatches[field] ?? "")") { #expect(ok) }
            } else {
                #expect(ok, "\(item.file) \(field): \(score.mismatches[field] ?? "")")
            }
        }
        for extra in Self.extraScores(item, result) {
            if item.open.contains(extra.key) {
                withKnownIssue("\(item.file) \(extra.key) still wrong: \(extra.got)") { #expect(extra.ok) }
            } else {
                #expect(extra.ok, "\(item.file) \(extra.key): got \(extra.got)")
            }
        }
        let codes = Set((result.cleaned.diagnostics + result.extracted.diagnostics).map(\.code.rawValue))
        for code in item.diagnostics {
            if item.open.contains(code) {
                withKnownIssue("\(item.file) does not raise \(code) yet") { #expect(codes.contains(code)) }
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
