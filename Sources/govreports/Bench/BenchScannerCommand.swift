import ArgumentParser
import Foundation
import GovReportsBench

/// `govreports bench scanner OUT`: the quantity scanner alone over an earlier run's normalized texts.
struct BenchScannerCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "scanner",
        abstract: "Measure only the quantity scanner over the normalized texts of a run's output folder.")

    /// A run's output folder.
    @Argument(help: "Output folder of an earlier run.")
    var output: String

    /// Bytes of normalized text the measurement covers at least (texts are repeated to reach it).
    @Option(name: .long, help: "Bytes of normalized text the scanner measurement covers at least.")
    var scanBytes: Int = 64_000_000

    /// Measures and prints one line.
    func run() throws {
        let scan = try BenchRunner().scannerThroughput(output: URL(fileURLWithPath: output), minBytes: scanBytes)
        FileHandleOutput.stdout(BenchPrinter.scannerLine(scan))
    }
}
