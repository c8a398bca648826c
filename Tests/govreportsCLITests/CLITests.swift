import Foundation
import Testing

/// Runs the built `govreports` binary: help, exit codes, one-stage re-runs, skip on second run.
@Suite(.serialized) struct CLITests {
    /// The built executable, next to the test bundle.
    static var binary: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()]
        for dir in candidates {
            let url = dir.appendingPathComponent("govreports")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/govreports")
    }

    /// Runs the binary in `cwd`; returns exit status, stdout and stderr.
    func run(_ args: [String], cwd: URL) throws -> (status: Int32, out: String, err: String) {
        try run(executable: Self.binary, args, cwd: cwd)
    }

    /// Runs `executable` (the binary, or a shell that execs it) in `cwd`; returns exit status, stdout and stderr.
    func run(executable: URL, _ args: [String], cwd: URL) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.currentDirectoryURL = cwd
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// A project folder with a pipeline.json and three small reports.
    func project() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-cli-\(UUID().uuidString)")
        let docs = root.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data(#"{"version": 1, "sources": ["docs"]}"#.utf8).write(to: root.appendingPathComponent("pipeline.json"))
        try Data("某县司法局2022年度法治政府建设工作报告\n全年办理行政许可120件。\n".utf8).write(to: docs.appendingPathComponent("a.txt"))
        try Data("某区民政局2021年度工作总结\n新登记社会组织12家。\n".utf8).write(to: docs.appendingPathComponent("b.txt"))
        return root
    }

    /// `--help` lists the subcommands and exits 0.
    @Test func help() throws {
        let r = try run(["--help"], cwd: FileManager.default.temporaryDirectory)
        #expect(r.status == 0)
        for word in ["run", "status", "eval", "config"] { #expect(r.out.contains(word)) }
    }

    /// An unknown config key exits 64 naming its path.
    @Test func unknownKeyExits64() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(#"{"fetch": {"retriez": 1}}"#.utf8).write(to: root.appendingPathComponent("pipeline.json"))
        let r = try run(["config", "validate"], cwd: root)
        #expect(r.status == 64)
        #expect(r.err.contains("fetch.retriez"))
        let run = try run(["run"], cwd: root)
        #expect(run.status == 64)
    }

    /// A missing source folder exits 64 with the path named.
    @Test func missingSourceExits64() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let r = try run(["run", "--input", "nowhere"], cwd: root)
        #expect(r.status == 64)
        #expect(r.err.contains("nowhere"))
    }

    /// Run, run again (nothing to do), one stage, binary file → 65, status.
    @Test func runSkipStageAndFailures() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try run(["run"], cwd: root)
        #expect(first.status == 0, "\(first.err)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/documents.csv").path))
        let second = try run(["run"], cwd: root)
        #expect(second.status == 0)
        #expect(second.err.contains("nothing to do"))
        let extract = try run(["run", "extract"], cwd: root)
        #expect(extract.status == 0)
        #expect(extract.err.contains("extract    done 2"))
        #expect(extract.err.contains("clean      done 0  skipped 0"))
        let status = try run(["status"], cwd: root)
        #expect(status.out.contains("extract    up to date 2"))
        try Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 100)).write(to: root.appendingPathComponent("docs/c.html"))
        let failed = try run(["run"], cwd: root)
        #expect(failed.status == 65)
        #expect(failed.err.contains("docs/c.html"))
        let docs = try String(contentsOf: root.appendingPathComponent("output/documents.jsonl"), encoding: .utf8)
        #expect(docs.split(separator: "\n").count == 2)
    }
}
