import Foundation
import Testing

/// `govreports config validate` (issue 20): the bundled pipeline.json passes; a config with several problems
/// prints one line per problem naming its key path and exits 64, without running anything.
@Suite(.serialized) struct ConfigValidateCLITests {
    /// The repository root, where the bundled pipeline.json and samples/ live.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled pipeline.json is valid: exit 0 and a summary on stdout.
    @Test func bundledPipelinePasses() throws {
        let r = try CLITests().run(["config", "validate", "--config", Self.root.appendingPathComponent("pipeline.json").path],
                                   cwd: Self.root)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("valid"), "\(r.out)")
    }

    /// Three problems: three error lines with their key paths, a count, exit 64, and no output folder made.
    @Test func everyProblemIsALineAndExit64() throws {
        let cli = CLITests()
        let root = try cli.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let json = #"{"version": 1, "sources": ["docs", {"listing": {"url": "https://x.gov.cn/", "linkPattern": "(["}}], "#
            + #""fetch": {"caFile": "ca.pem"}, "extract": {"stoplist": [""]}}"#
        try Data(json.utf8).write(to: root.appendingPathComponent("pipeline.json"))
        let r = try cli.run(["config", "validate"], cwd: root)
        #expect(r.status == 64)
        let errors = r.err.split(separator: "\n").filter { $0.hasPrefix("govreports: error:") }
        #expect(errors.count == 3, "\(r.err)")
        for key in ["sources[1].listing.linkPattern", "fetch.caFile", "extract.stoplist[0]"] {
            #expect(errors.contains { $0.contains(key) }, "\(key): \(r.err)")
        }
        #expect(r.err.contains("3 problems found"))
        #expect(!r.err.contains("Code=") && !r.err.contains("NSCocoaErrorDomain"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }
}
