import Foundation
import Testing

/// An unusable `fetch.caFile` with HTTPS sources stops `govreports run` once, before fetching: one error line in
/// words naming the file, exit 64, no output folder written.
@Suite(.serialized) struct TrustCLITests {
    /// A CA file holding no certificate: one line, exit 64, nothing made.
    @Test func brokenCAFileIsOneLineAndExit64() throws {
        let cli = CLITests()
        let root = try cli.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("not a certificate\n".utf8).write(to: root.appendingPathComponent("site-ca.pem"))
        let json = #"{"version": 1, "sources": [{"url": "https://127.0.0.1:9/a.html"}, {"url": "https://127.0.0.1:9/b.html"}], "#
            + #""output": "out", "fetch": {"caFile": "site-ca.pem", "retries": 0}}"#
        try Data(json.utf8).write(to: root.appendingPathComponent("pipeline.json"))
        let r = try cli.run(["run", "--quiet"], cwd: root)
        #expect(r.status == 64, "\(r.err)")
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1, "\(r.err)")
        #expect(r.err.contains("fetch.caFile") && r.err.contains("site-ca.pem") && r.err.contains("2 HTTPS documents"), "\(r.err)")
        #expect(!r.err.contains("Code=") && !r.err.contains("NSCocoaErrorDomain"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }
}
