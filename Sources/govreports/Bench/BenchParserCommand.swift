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

    /// Measures and prints one line.
    func run() throws {
        let parse = try BenchRunner().parserThroughput(corpus: URL(fileURLWithPath: corpus))
        FileHandleOutput.stdout(String(format: "libxml2 parse alone: %.1f MB of HTML per CPU-second building its tree, "
                                       + "%.1f as SAX events with no callbacks, over %.1f MB",
                                       parse.mbPerCPUSecond, parse.saxMBPerCPUSecond, Double(parse.bytes) / 1e6))
    }
}
