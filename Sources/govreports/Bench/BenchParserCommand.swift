import ArgumentParser
import Foundation
import GovReportsBench

/// `govreports bench parser DIR`: libxml2's own parse speed over the corpus, the yardstick for clean.
struct BenchParserCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Measure only libxml2's HTML parsing speed over the corpus (the clean stage's yardstick).")

    /// Corpus folder.
    @Argument(help: "Corpus folder.")
    var corpus: String

    /// Measures and prints one line, then the same figures as a JSON line (read by `scripts/bench-peers.py`).
    func run() throws {
        let parse = try BenchRunner().parserThroughput(corpus: URL(fileURLWithPath: corpus))
        FileHandleOutput.stdout(String(format: "libxml2 parse alone: %.1f MB of HTML per CPU-second building its tree, "
                                       + "%.1f as SAX events with no callbacks, %.1f as SAX events over the trimmed "
                                       + "bytes clean gives it (MB of the original HTML); SHA-256 of the raw bytes "
                                       + "%.1f MB per CPU-second; over %.1f MB",
                                       parse.mbPerCPUSecond, parse.saxMBPerCPUSecond, parse.trimmedSAXMBPerCPUSecond,
                                       parse.sha256MBPerCPUSecond, Double(parse.bytes) / 1e6))
        let json: [String: Any] = ["bytes": parse.bytes, "tree_mb_per_cpu_s": parse.mbPerCPUSecond,
                                   "sax_mb_per_cpu_s": parse.saxMBPerCPUSecond,
                                   "trimmed_sax_mb_per_cpu_s": parse.trimmedSAXMBPerCPUSecond,
                                   "sha256_mb_per_cpu_s": parse.sha256MBPerCPUSecond]
        if let data = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]) {
            FileHandleOutput.stdout(String(decoding: data, as: UTF8.self))
        }
    }
}
