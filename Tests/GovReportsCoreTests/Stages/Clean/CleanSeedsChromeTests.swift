import Foundation
import Testing
@testable import GovReportsCore

/// The shared seed reports against the chrome gold: no chrome line survives, no body line is lost.
@Suite(.enabled(if: CleanFixtures.hasSeeds, "needs ../shared/seeds and ../shared/gold"))
struct CleanSeedsChromeTests {
    /// For every seed, gold `chrome` lines are gone and every line gold does not list is still there.
    @Test func seedsLoseChromeAndKeepBody() throws {
        let cleaner = try CleanFixtures.cleaner()
        let gold = try CleanFixtures.jsonLines(CleanFixtures.sharedDirectory.appendingPathComponent("gold/chrome.jsonl"))
        let seeds = try FileManager.default.contentsOfDirectory(
            at: CleanFixtures.sharedDirectory.appendingPathComponent("seeds"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(seeds.count >= 5)
        for url in seeds {
            let stem = url.deletingPathExtension().lastPathComponent
            let entries = gold.filter { $0["doc"] as? String == stem }
            let chrome = Set(entries.filter { $0["class"] as? String == "chrome" }.map { $0["line"] as! String })
            let listed = Set(entries.map { $0["line"] as! String })
            let doc = try cleaner.clean([UInt8](try Data(contentsOf: url)), record: CleanFixtures.record(url.lastPathComponent))
            let kept = Set(doc.text.split(separator: "\n").map { TextScan.trimmed($0) })
            for line in chrome {
                #expect(!kept.contains(line), "\(stem): chrome survived: \(line)")
            }
            let source = try String(contentsOf: url, encoding: .utf8)
            for raw in source.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
                let line = TextScan.trimmed(Substring(raw))
                guard !line.isEmpty, !listed.contains(line) else { continue }
                #expect(kept.contains(line), "\(stem): body line lost: \(line)")
            }
        }
    }
}
