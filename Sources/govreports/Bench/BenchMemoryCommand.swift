import ArgumentParser
import Foundation
import GovReportsBench

/// `govreports bench memory DIR`: clean → normalize → extract over pages read into memory first, one thread.
struct BenchMemoryCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Time clean → normalize → extract on one thread over pages read into memory first (no artifacts, "
            + "no state); prints a per-stage table and a JSON line.")

    /// Corpus folder.
    @Argument(help: "Corpus folder.")
    var corpus: String

    /// Measures and prints.
    func run() throws {
        BenchPrinter.printInMemory(try BenchRunner().measureInMemory(corpus: URL(fileURLWithPath: corpus)))
    }
}
