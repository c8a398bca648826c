import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports bench`: generates a corpus and measures throughput and memory on a release build.
struct BenchCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Generate a synthetic corpus, or measure end-to-end and per-stage throughput and peak RSS over one.",
        discussion: """
            govreports bench --generate 10000 DIR     write 10,000 pages (deterministic from --seed)
            govreports bench DIR                      measure --jobs 1, --jobs 2 and a no-op re-run, each in its own process
            govreports bench OUT --scanner-only       measure the quantity scanner alone over OUT's normalized texts
            govreports bench DIR --parser-only        measure libxml2's own HTML parsing alone over the corpus
            govreports bench --in-memory DIR          clean → normalize → extract over pages held in memory, one thread
            Build with -c release for meaningful figures.
            """)

    /// Corpus folder.
    @Argument(help: "Corpus folder.")
    var corpus: String

    /// Generate this many pages into the folder instead of measuring.
    @Option(name: .long, help: "Generate this many pages into the corpus folder.")
    var generate: Int?

    /// Generator seed.
    @Option(name: .long, help: "Generator seed.")
    var seed: UInt64 = 42

    /// Jobs settings to measure.
    @Option(name: .long, help: "Comma-separated --jobs settings to measure.")
    var jobs: String = "1,2"

    /// Where measurement runs write their output.
    @Option(name: .long, help: "Scratch folder for the runs' output (default: a temporary folder).")
    var scratch: String?

    /// Measure only the quantity scanner, over the normalized texts of an earlier run's output folder.
    @Flag(name: .long, help: "Treat the folder as a run's output and measure only the quantity scanner over its normalized texts.")
    var scannerOnly = false

    /// Measure only libxml2's own parsing speed over the corpus.
    @Flag(name: .long, help: "Measure only libxml2's HTML parsing speed over the corpus (the clean stage's yardstick).")
    var parserOnly = false

    /// Bytes of normalized text the scanner measurement covers at least (texts are repeated to reach it).
    @Option(name: .long, help: "Bytes of normalized text the scanner measurement covers at least.")
    var scanBytes: Int = 64_000_000

    /// Measure clean, normalize and extract over pages held in memory instead of whole runs.
    @Flag(name: .long, help: "Time clean → normalize → extract on one thread over pages read into memory first (no artifacts, no state); prints a per-stage table and a JSON line.")
    var inMemory = false

    /// Internal: measure one setting in this process and print its JSON.
    @Option(name: .long, help: .hidden)
    var measureJobs: Int?

    /// Internal: label of the single measurement.
    @Option(name: .long, help: .hidden)
    var label: String = "run"

    /// Generates, or measures each setting in a child process, then prints a table and a JSON line.
    func run() throws {
        let corpusURL = URL(fileURLWithPath: corpus)
        if let generate {
            let bytes = try BenchCorpusGenerator(seed: seed).generate(count: generate, into: corpusURL)
            FileHandleOutput.stdout("generated \(generate) pages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, in \(corpus)")
            return
        }
        if parserOnly {
            let parse = try BenchRunner().parserThroughput(corpus: corpusURL)
            FileHandleOutput.stdout(String(format: "libxml2 parse alone: %.1f MB of HTML per CPU-second building its tree, "
                                           + "%.1f as SAX events with no callbacks, over %.1f MB",
                                           parse.mbPerCPUSecond, parse.saxMBPerCPUSecond, Double(parse.bytes) / 1e6))
            return
        }
        if scannerOnly {
            let scan = try BenchRunner().scannerThroughput(output: corpusURL, minBytes: scanBytes)
            FileHandleOutput.stdout(BenchPrinter.scannerLine(scan))
            return
        }
        if inMemory {
            let m = try BenchRunner().measureInMemory(corpus: corpusURL)
            BenchPrinter.printInMemory(m)
            return
        }
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
        p.arguments = ["bench", corpus, "--measure-jobs", "\(jobs)", "--scratch", output.path, "--label", label]
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
