import Foundation
import Testing
@testable import GovReportsCore

/// Where the shared gold and seeds live: `../shared` beside the repository, as in CI.
private let sharedFolder: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

/// Whether the shared seeds and gold are present (they are not part of the repository).
private let sharedAvailable: Bool =
    FileManager.default.fileExists(atPath: sharedFolder.appendingPathComponent("gold/quantities.jsonl").path)
    && FileManager.default.fileExists(atPath: sharedFolder.appendingPathComponent("seeds").path)

/// Scores the scanner against the hand-made gold for the seed reports.
@Suite(.enabled(if: sharedAvailable, "../shared (seeds and gold) is not beside the repository; gold scoring skipped"))
struct QuantityGoldTests {
    /// Runs every seed through the scanner, prints per-document and overall figures and holds the floors.
    @Test func meetsTheGoldFloors() throws {
        let gold = try GoldQuantity.load(sharedFolder.appendingPathComponent("gold/quantities.jsonl"))
        let seeds = try FileManager.default.contentsOfDirectory(at: sharedFolder.appendingPathComponent("seeds"),
                                                                 includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(!seeds.isEmpty)
        let scanner = QuantityScanner(rules: try QuantityRules.bundled())
        var overall = QuantityScore()
        for seed in seeds {
            let doc = seed.deletingPathExtension().lastPathComponent
            let text = TextFolding.fold(try String(contentsOf: seed, encoding: .utf8))
            let score = QuantityScore.score(extracted: scanner.scan(text), gold: gold.filter { $0.doc == doc })
            print(Self.line(doc, score))
            if !score.unmatched.isEmpty { print("    extra:  \(score.unmatched.joined(separator: "  "))") }
            if !score.missed.isEmpty { print("    missed: \(score.missed.joined(separator: "  "))") }
            overall.add(score)
        }
        print(Self.line("OVERALL", overall))
        #expect(overall.recall >= 0.98)
        #expect(overall.precision >= 0.97)
        #expect(overall.approxAgreement >= 0.98)
        #expect(overall.valueMaxAgreement == 1.0)
    }

    /// One printed line of figures.
    static func line(_ name: String, _ s: QuantityScore) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return "quantities \(name): P=\(f(s.precision)) R=\(f(s.recall)) F1=\(f(s.f1)) approx=\(f(s.approxAgreement)) "
            + "value_max=\(f(s.valueMaxAgreement)) (extracted \(s.extracted), matched \(s.matched), must \(s.matchedMust)/\(s.must))"
    }
}
