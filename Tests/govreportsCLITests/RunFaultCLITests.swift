import Foundation
import Testing

/// A storage fault stops the run once, in words (issue 20): the binary under `ulimit -f` hits EFBIG on its
/// output, prints one error line naming the path and "File too large", exits 74 and leaves the last good
/// datasets byte-identical; the next run without the limit completes.
@Suite(.serialized) struct RunFaultCLITests {
    /// The datasets compared before and after the failed run.
    static let datasets = ["documents.csv", "quantities.csv", "documents.jsonl", "quantities.jsonl", "texts.jsonl"]

    /// Runs the binary under a file-size limit of `blocks` (the shell's `ulimit -f` units).
    func runLimited(_ blocks: Int, _ args: [String], cwd: URL) throws -> (status: Int32, out: String, err: String) {
        try CLITests().run(executable: URL(fileURLWithPath: "/bin/sh"),
                           ["-c", "ulimit -f \(blocks) && exec \"$0\" \"$@\"", CLITests.binary.path] + args, cwd: cwd)
    }

    /// EFBIG on an artifact: one line, exit 74, datasets untouched, then a normal run completes.
    @Test func fileTooLargeStopsTheRunOnce() throws {
        let cli = CLITests()
        let root = try cli.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(#"{"version": 1, "sources": ["docs"], "export": {"formats": ["csv", "jsonl"]}}"#.utf8)
            .write(to: root.appendingPathComponent("pipeline.json"))
        let first = try cli.run(["run", "--quiet"], cwd: root)
        #expect(first.status == 0, "\(first.err)")
        let out = root.appendingPathComponent("output")
        let before = try Self.datasets.map { try Data(contentsOf: out.appendingPathComponent($0)) }

        // A report with thousands of quantities: its extract artifact (megabytes) is past a 512 KiB limit.
        let big = "某县统计局2023年度工作报告\n" + (1...8000).map { "第\($0)项工作办理\($0 % 97 + 1)件。" }.joined(separator: "\n")
        try Data(big.utf8).write(to: root.appendingPathComponent("docs/big.txt"))
        let failed = try runLimited(1024, ["run", "--quiet"], cwd: root)
        #expect(failed.status == 74, "\(failed.err)")
        let lines = failed.err.split(separator: "\n")
        #expect(lines.count == 1, "\(failed.err)")
        #expect(failed.err.contains("File too large"))
        #expect(failed.err.contains(out.path))
        #expect(!failed.err.contains("NSCocoaErrorDomain") && !failed.err.contains("Code="))
        let after = try Self.datasets.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(before == after)

        let resumed = try cli.run(["run", "--quiet"], cwd: root)
        #expect(resumed.status == 0, "\(resumed.err)")
        let docs = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(docs.contains("big.txt"))
    }
}
