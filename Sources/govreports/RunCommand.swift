import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports run [STAGE]`: runs the pipeline, skipping unchanged work.
struct RunCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run every stage (unchanged work is skipped), or one stage, or from a stage on.")

    /// Common options.
    @OptionGroup var global: GlobalOptions

    /// One stage to redo.
    @Argument(help: "Redo only this stage: fetch, clean, normalize, extract or export.")
    var stage: StageName?

    /// Redo this stage and all after it.
    @Option(name: .long, help: "Redo this stage and every stage after it.")
    var from: StageName?

    /// Ignore fingerprints.
    @Flag(name: .long, help: "Ignore fingerprints and redo everything selected.")
    var force = false

    /// Sources instead of the configured ones.
    @Option(name: .long, parsing: .upToNextOption, help: "Files, folders, globs or URLs to process instead of the configured sources.")
    var input: [String] = []

    /// Only this shard's documents.
    @Option(name: .long, help: "Run only the documents of shard I of N (by doc_id; I counts from 0), e.g. 0/4.")
    var shard: String?

    /// Rejects contradictory flags.
    func validate() throws {
        if stage != nil && from != nil { throw ValidationError("give either a STAGE or --from, not both") }
        if let shard { do { _ = try Shard(parsing: shard) } catch { throw ValidationError(error.description) } }
    }

    /// Parses, runs the core, maps the outcome to an exit code.
    func run() throws {
        let logger = global.makeLogger()
        let report: RunReport
        do {
            let (config, base, output) = try global.loadConfig()
            let runner = PipelineRunner(config: config, baseDirectory: base, output: output, logger: logger)
            SignalTrap.install(runner.stopRequested)
            // Past `ulimit -f` a write must fail with EFBIG (a run-level fault, exit 74), not kill the process.
            signal(SIGXFSZ, SIG_IGN)
            let selection: StageSelection = stage.map { .only($0) } ?? from.map { .from($0) } ?? .all
            let bar = ProgressBar.forStderr(enabled: !global.quiet)
            var progress: (@Sendable (Int, Int) -> Void)?
            if let bar { progress = { done, total in bar.update(done, total) } }
            report = try runner.run(RunOptions(selection: selection, force: force, inputs: input, jobs: global.jobs,
                                               progress: progress, shard: try shard.map { try Shard(parsing: $0) }))
            bar?.finish()
        } catch {
            throw ExitCodes.fail(error)
        }
        RunSummaryPrinter.print(report, quiet: global.quiet)
        if report.interrupted { throw ExitCode(SignalTrap.exitCode) }
        if !report.failures.isEmpty { throw ExitCode(ExitCodes.dataError) }
    }
}

/// Lets stage names be parsed from the command line.
extension StageName: ExpressibleByArgument {}
