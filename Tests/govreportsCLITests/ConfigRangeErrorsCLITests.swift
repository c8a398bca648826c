import Foundation
import Testing

/// `govreports config validate` over a config with three range errors: three lines with their key paths, exit 64.
@Suite(.serialized) struct ConfigRangeErrorsCLITests {
    /// Three out-of-range values are three error lines, counted, and exit 64.
    @Test func threeRangeErrorsInOneGo() throws {
        let cli = CLITests()
        let root = try cli.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let json = #"{"version": 1, "sources": ["docs"], "fetch": {"concurrency": 0, "timeout": -5}, "#
            + #""clean": {"maxSecondsPerDocument": 0}}"#
        try Data(json.utf8).write(to: root.appendingPathComponent("pipeline.json"))
        let r = try cli.run(["config", "validate"], cwd: root)
        #expect(r.status == 64)
        let errors = r.err.split(separator: "\n").filter { $0.hasPrefix("govreports: error:") }
        #expect(errors.count == 3, "\(r.err)")
        for key in ["fetch.concurrency", "fetch.timeout", "clean.maxSecondsPerDocument"] {
            #expect(errors.contains { $0.contains("'\(key)'") }, "\(key): \(r.err)")
        }
        #expect(r.err.contains("3 problems found"))
    }
}
