import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports status`: per stage, up to date / stale (and why) / failed.
struct StatusCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show per stage how many documents are up to date, stale (and why) or failed.")

    /// Common options.
    @OptionGroup var global: GlobalOptions

    /// Sources instead of the configured ones.
    @Option(name: .long, parsing: .upToNextOption, help: "Files, folders, globs or URLs instead of the configured sources.")
    var input: [String] = []

    /// Machine-readable output.
    @Flag(name: .long, help: "Print JSON.")
    var json = false

    /// Computes and prints the status.
    func run() throws {
        let logger = global.makeLogger()
        let statuses: [StageStatus]
        do {
            let (config, base, output) = try global.loadConfig()
            let runner = PipelineRunner(config: config, baseDirectory: base, output: output, logger: logger)
            statuses = try StatusReporter(runner: runner).status(inputs: input)
        } catch {
            throw ExitCodes.fail(error)
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            FileHandleOutput.stdout(String(decoding: try e.encode(statuses), as: UTF8.self))
            return
        }
        for s in statuses {
            var line = "\(s.stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) up to date \(s.upToDate)"
            let stale = s.stale.values.reduce(0, +)
            if stale > 0 {
                line += "  stale \(stale) (" + s.stale.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
            }
            if !s.failed.isEmpty { line += "  failed \(s.failed.count)" }
            FileHandleOutput.stdout(line)
            for f in s.failed { FileHandleOutput.stdout("    failed: \(f.reason)") }
        }
    }
}
