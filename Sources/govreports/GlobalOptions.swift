import ArgumentParser
import Foundation
import GovReportsCore
import Logging

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    /// Config file; nil when not given (argument-parser leaves it unset), and then `pipeline.json` is optional.
    @Option(name: .long, help: "Configuration file (default: pipeline.json).")
    var config: String?

    /// Output folder override.
    @Option(name: .long, help: "Output folder (overrides pipeline.json 'output').")
    var output: String?

    /// Parallel documents as given; nil means one per active core (`effectiveJobs`).
    @Option(name: .customLong("jobs"),
            help: "Documents processed in parallel (default: the machine's active core count; --jobs 1 runs one at a time).")
    var jobsOption: Int?

    /// Documents processed in parallel: `--jobs`, or the machine's active core count when not given.
    var jobs: Int { jobsOption ?? Self.defaultJobs }

    /// The default for `--jobs`: the cores this process may run on now (at least 1).
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Warnings and errors only.
    @Flag(name: .long, help: "Only print warnings and errors.")
    var quiet = false

    /// Debug logging.
    @Flag(name: .long, help: "Print debug detail.")
    var verbose = false

    /// Log line format.
    @Option(name: .long, help: "Log format: text or json.")
    var logFormat: LogFormat = .text

    /// Rejects contradictory flags.
    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        if let given = jobsOption, given < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The config path the user meant, and whether it must exist (it must when named explicitly).
    var configPath: (path: String, explicit: Bool) {
        (config ?? "pipeline.json", config != nil)
    }

    /// Loads the effective configuration: file, defaults, then flags.
    func loadConfig() throws -> (config: PipelineConfig, base: URL, output: URL) {
        let (path, explicit) = configPath
        var cfg = try PipelineConfig.load(path: path, mustExist: explicit)
        if let output { cfg.output = output }
        let base = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        let out: URL
        if let output {
            out = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                .standardizedFileURL
        } else {
            out = cfg.output.hasPrefix("/") ? URL(fileURLWithPath: cfg.output) : base.appendingPathComponent(cfg.output)
        }
        return (cfg, base, out)
    }

    /// Configures swift-log once and returns the command's logger.
    func makeLogger() -> Logger {
        let level: Logger.Level = quiet ? .warning : (verbose ? .debug : .info)
        let format = logFormat
        LoggingBootstrap.once {
            LoggingSystem.bootstrap { label in
                switch format {
                case .json:
                    var h = JSONLogHandler(label: label)
                    h.logLevel = level
                    return h
                case .text:
                    var h = StreamLogHandler.standardError(label: label)
                    h.logLevel = level
                    return h
                }
            }
        }
        var logger = Logger(label: "govreports")
        logger.logLevel = level
        return logger
    }
}
