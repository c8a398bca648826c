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

    /// The shard to judge (default: the one the folder's export was made from, `run --shard`).
    @Option(name: .long, help: "Judge only shard I of N (default: the shard the folder's export was made from).")
    var shard: String?

    /// Machine-readable output.
    @Flag(name: .long, help: "Print JSON.")
    var json = false

    /// Checks the shard's shape before anything is read.
    func validate() throws {
        if let shard { do { _ = try Shard(parsing: shard) } catch { throw ValidationError(error.description) } }
    }

    /// Computes and prints the status.
    func run() throws {
        let logger = global.makeLogger()
        let statuses: [StageStatus]
        do {
            let (config, base, output) = try global.loadConfig()
            let runner = PipelineRunner(config: config, baseDirectory: base, output: output, logger: logger)
            statuses = try StatusReporter(runner: runner).status(inputs: input, shard: try shard.map { try Shard(parsing: $0) })
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
            if let origin = s.origin { line += "  (made by \(origin))" }
            FileHandleOutput.stdout(line)
            for f in s.failed { FileHandleOutput.stdout("    failed: \(f.reason)") }
        }
    }
}
