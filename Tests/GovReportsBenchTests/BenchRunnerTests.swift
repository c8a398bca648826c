import Foundation
import Testing
@testable import GovReportsBench
import GovReportsCore

/// `BenchRunner.measureInMemory`: the in-memory clean → normalize → extract timing that `bench memory` prints.
@Suite struct BenchRunnerTests {
    /// Every generated page (UTF-8 and GBK) is processed, counted and timed per stage, and nothing is written.
    @Test func inMemoryMeasuresEveryPage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-benchmem-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes = try BenchCorpusGenerator(seed: 7).generate(count: 6, into: dir)
        let m = try BenchRunner().measureInMemory(corpus: dir)
        #expect(m.documents == 6)
        #expect(m.bytes == bytes)
        #expect(m.failed == 0)
        #expect(Set(m.stageSeconds.keys) == ["clean", "normalize", "extract"])
        #expect(Set((m.stageCPUSeconds ?? [:]).keys) == ["clean", "normalize", "extract"])
        #expect(m.stageSeconds.values.allSatisfy { $0 > 0 })
        #expect(abs(m.wallSeconds - m.stageSeconds.values.reduce(0, +)) < 1e-9)
        // Only the generated pages are in the folder afterwards: no artifacts, no state database.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == 6)
    }
}
