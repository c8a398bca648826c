import ArgumentParser
import Foundation

/// `govreports bench peers [DIR]`: runs `scripts/bench-peers.sh` with this binary, so trafilatura, resiliparse and
/// govreports are measured side by side on the same pages, one core each (the script owns the pinned Python venv).
struct BenchPeersCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "peers",
        abstract: "Measure trafilatura, resiliparse and this binary side by side on one core (scripts/bench-peers.sh).",
        discussion: """
            Without DIR a fresh corpus of --pages generated pages is used. Run from the project folder (the script and
            its pinned Python venv live there); needs python3 with venv and taskset.
            """)

    /// Corpus folder; generated when it holds no pages.
    @Argument(help: "Corpus folder (default: a freshly generated bench-corpus-peers/).")
    var corpus: String?

    /// Pages to generate when the corpus is made afresh.
    @Option(name: .long, help: "Pages to generate when no corpus is given or it is empty.")
    var pages: Int = 1000

    /// Repeats; the fastest is reported.
    @Option(name: .long, help: "Repeats of every measurement; the fastest of each is reported.")
    var `repeat`: Int = 1

    /// Core every measurement is pinned to.
    @Option(name: .long, help: "CPU to pin every measurement to.")
    var cpu: Int = 0

    /// The script, relative to the working directory unless absolute.
    @Option(name: .long, help: "Path of bench-peers.sh.")
    var script: String = "scripts/bench-peers.sh"

    /// Runs the script in the foreground, passing its output through, and exits with its status.
    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let scriptPath = URL(fileURLWithPath: script, relativeTo: URL(fileURLWithPath: cwd + "/")).path
        guard FileManager.default.isExecutableFile(atPath: scriptPath) else {
            FileHandleOutput.stderr("govreports: error: \(scriptPath) not found or not executable; run from the project folder or pass --script")
            throw ExitCode(ExitCodes.usage)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: scriptPath)
        // The script changes to the project folder, so the corpus is passed as an absolute path.
        p.arguments = corpus.map { [URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: cwd + "/")).path, "\(pages)"] } ?? []
        var env = ProcessInfo.processInfo.environment
        env["GOVREPORTS_BIN"] = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        env["BENCH_REPEAT"] = "\(self.repeat)"
        env["BENCH_CPU"] = "\(cpu)"
        if corpus == nil { env["BENCH_PAGES"] = "\(pages)" }
        p.environment = env
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ExitCode(p.terminationStatus) }
    }
}
