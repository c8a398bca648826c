import ArgumentParser
import Foundation
import GovReportsBench

/// `govreports bench run DIR` (also `bench DIR`): whole runs with each --jobs setting and a no-op re-run, each in a
/// child process so its peak RSS is its own, then the scanner and libxml2 yardsticks.
struct BenchRunCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure whole runs (--jobs 1, --jobs 2, a no-op re-run), per stage, with peak RSS.")

    /// Corpus folder.
    @Argument(help: "Corpus folder.")
    var corpus: String

    /// Jobs settings to measure.
    @Option(name: .long, help: "Comma-separated --jobs settings to measure.")
    var jobs: String = "1,2"

    /// Where measurement runs write their output.
    @Option(name: .long, help: "Scratch folder for the runs' output (default: a temporary folder).")
    var scratch: String?

    /// Bytes of normalized text the scanner measurement covers at least.
    @Option(name: .long, help: "Bytes of normalized text the scanner measurement covers at least.")
    var scanBytes: Int = 64_000_000

    /// Internal: measure one setting in this process and print its JSON.
    @Option(name: .long, help: .hidden)
    var measureJobs: Int?

    /// Internal: label of the single measurement.
    @Option(name: .long, help: .hidden)
    var label: String = "run"

    /// Former spelling `bench --generate N DIR`, kept so existing scripts work; `bench generate N DIR` replaces it.
    @Option(name: .long, help: .hidden)
    var generate: Int?

    /// Seed for the former `--generate` spelling.
    @Option(name: .long, help: .hidden)
    var seed: UInt64 = 42

    /// Former spelling of `bench memory DIR`.
    @Flag(name: .long, help: .hidden)
    var inMemory = false

    /// Former spelling of `bench parser DIR`.
    @Flag(name: .long, help: .hidden)
    var parserOnly = false

    /// Former spelling of `bench scanner OUT`.
    @Flag(name: .long, help: .hidden)
    var scannerOnly = false

    /// Measures each setting in a child process, then prints a table and a JSON line.
    func run() throws {
        if let generate {
            return try BenchGenerateCommand.parse(["\(generate)", corpus, "--seed", "\(seed)"]).run()
        }
        if inMemory { return try BenchMemoryCommand.parse([corpus]).run() }
        if parserOnly { return try BenchParserCommand.parse([corpus]).run() }
        if scannerOnly { return try BenchScannerCommand.parse([corpus, "--scan-bytes", "\(scanBytes)"]).run() }
        let corpusURL = URL(fileURLWithPath: corpus)
        let scratchURL = URL(fileURLWithPath: scratch ?? NSTemporaryDirectory() + "govreports-bench-\(getpid())")
        if let measureJobs {
            let m = try BenchRunner().measure(corpus: corpusURL, output: scratchURL, jobs: measureJobs, label: label)
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys]
            FileHandleOutput.stdout(String(decoding: try e.encode(m), as: UTF8.self))
            return
        }
        var results: [BenchMeasurement] = []
        let settings = jobs.split(separator: ",").compactMap { Int($0) }
        for j in settings {
            let out = scratchURL.appendingPathComponent("jobs\(j)")
            try? FileManager.default.removeItem(at: out)
            results.append(try child(jobs: j, output: out, label: "jobs\(j)"))
        }
        let first = scratchURL.appendingPathComponent("jobs\(settings.first ?? 1)")
        results.append(try child(jobs: settings.first ?? 1, output: first, label: "noop"))
        let scan = try BenchRunner().scannerThroughput(output: first, minBytes: scanBytes)
        let parse = try BenchRunner().parserThroughput(corpus: corpusURL)
        BenchPrinter.print(results, scanner: scan, parserMBPerCPUSecond: parse.mbPerCPUSecond,
                           saxMBPerCPUSecond: parse.saxMBPerCPUSecond)
        try? FileManager.default.removeItem(at: scratchURL)
    }

    /// Runs one measurement in a fresh child process so its peak RSS is its own.
    func child(jobs: Int, output: URL, label: String) throws -> BenchMeasurement {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        p.arguments = ["bench", "run", corpus, "--measure-jobs", "\(jobs)", "--scratch", output.path, "--label", label]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last else {
            throw ExitCode.failure
        }
        return try JSONDecoder().decode(BenchMeasurement.self, from: Data(line.utf8))
    }
}
