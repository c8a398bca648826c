import Foundation
import Testing
@testable import GovReportsCore

/// Where the shared gold and seeds live: `../shared` beside the repository, as in CI.
private let sharedFolder: URL = SeedFixture.sharedURL

/// Whether the shared seeds and gold are present (they are not part of the repository).
private let sharedAvailable: Bool =
    FileManager.default.fileExists(atPath: sharedFolder.appendingPathComponent("gold/quantities.jsonl").path)
    && FileManager.default.fileExists(atPath: sharedFolder.appendingPathComponent("seeds").path)

/// Scores the scanner alone against the hand-made gold for the seed reports, with the core's scorer.
@Suite(.enabled(if: sharedAvailable, "../shared (seeds and gold) is not beside the repository; gold scoring skipped"))
struct QuantityGoldTests {
    /// Runs every seed through the scanner and holds the floors.
    @Test func meetsTheGoldFloors() throws {
        let gold = try JSONLines.read(GoldQuantity.self, from: sharedFolder.appendingPathComponent("gold/quantities.jsonl"))
        let seeds = try FileManager.default.contentsOfDirectory(at: sharedFolder.appendingPathComponent("seeds"),
                                                                 includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(!seeds.isEmpty)
        let scanner = QuantityScanner(rules: try QuantityRules.bundled())
        var overall = QuantityScore.zero
        for seed in seeds {
            let doc = seed.deletingPathExtension().lastPathComponent
            let text = WidthFolder.fold(try String(contentsOf: seed, encoding: .utf8))
            let records = scanner.scan(text).enumerated().map { i, m in
                QuantityRecord(mention: i + 1, text: m.text, value: m.value, valueMax: m.valueMax, unit: m.unit, kind: m.kind,
                               approx: m.approx, section: "", sectionTitle: nil, sentence: "", charStart: m.start,
                               charEnd: m.end, subject: m.subject, indicator: nil)
            }
            let score = QuantityScorer.score(extracted: records, gold: gold.filter { $0.doc == doc })
            overall = overall + score
        }
        #expect(overall.prf.recall >= 0.98)
        #expect(overall.prf.precision >= 0.97)
        #expect(overall.approxAgreement >= 0.98)
        #expect(overall.valueMaxAgreement == 1.0)
    }
}
