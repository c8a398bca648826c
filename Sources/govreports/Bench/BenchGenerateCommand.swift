import ArgumentParser
import Foundation
import GovReportsBench

/// `govreports bench generate N DIR`: writes N synthetic report pages (UTF-8 and GBK, several CMS templates).
struct BenchGenerateCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic corpus of report pages (byte-identical for the same count and --seed).")

    /// Pages to write.
    @Argument(help: "Number of pages.")
    var count: Int

    /// Corpus folder.
    @Argument(help: "Folder to write the pages into (created when missing).")
    var corpus: String

    /// Generator seed.
    @Option(name: .long, help: "Generator seed.")
    var seed: UInt64 = 42

    /// Writes the pages and says how many bytes.
    func run() throws {
        let bytes = try BenchCorpusGenerator(seed: seed).generate(count: count, into: URL(fileURLWithPath: corpus))
        FileHandleOutput.stdout("generated \(count) pages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, in \(corpus)")
    }
}
