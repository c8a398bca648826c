import Foundation
import Testing

/// `--jobs` defaults to the machine's active core count (issue 20): the run says how many workers it used, and
/// `--jobs 1` and an explicit count still win.
@Suite(.serialized) struct JobsDefaultCLITests {
    /// Without `--jobs` the run uses one worker per active core; with it, exactly what was asked.
    @Test func defaultIsTheActiveCoreCount() throws {
        let cli = CLITests()
        let root = try cli.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let plain = try cli.run(["run", "--force"], cwd: root)
        #expect(plain.status == 0, "\(plain.err)")
        #expect(plain.err.contains("jobs \(cores)"), "\(plain.err)")
        let one = try cli.run(["run", "--force", "--jobs", "1"], cwd: root)
        #expect(one.status == 0, "\(one.err)")
        #expect(one.err.contains("jobs 1"), "\(one.err)")
        let three = try cli.run(["run", "--force", "--jobs", "3"], cwd: root)
        #expect(three.err.contains("jobs 3"), "\(three.err)")
        let zero = try cli.run(["run", "--jobs", "0"], cwd: root)
        #expect(zero.status == 64)
    }

    /// `run --help` states the default in words, not as this machine's number.
    @Test func helpStatesTheDefault() throws {
        let r = try CLITests().run(["run", "--help"], cwd: FileManager.default.temporaryDirectory)
        #expect(r.status == 0)
        #expect(r.out.contains("active core count"), "\(r.out)")
    }
}
