import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports config validate|dump`.
struct ConfigCommand: ParsableCommand {
    /// Help text and subcommands.
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check or print the effective configuration.",
        subcommands: [Validate.self, Dump.self])

    /// `config validate`: checks everything that can be checked without running; one line per problem naming its
    /// key path, exit 64 when there is any.
    struct Validate: ParsableCommand {
        /// Help text.
        static let configuration = CommandConfiguration(
            abstract: "Check pipeline.json without running: keys and ranges, sources and globs, URLs, listing specs, regular expressions, fetch.caFile, the codebook and the bundled rule tables; one line per problem naming its key path, exit 64 if any.")
        /// Common options.
        @OptionGroup var global: GlobalOptions

        /// Validates the config file (or the defaults when `pipeline.json` is absent and not named).
        func run() throws {
            let (path, explicit) = global.configPath
            let base = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
            let validator = ConfigValidator(path: path, baseDirectory: base)
            let problems: [ConfigProblem]
            if FileManager.default.fileExists(atPath: path) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ExitCodes.fail(ConfigError.unreadable(path: path, reason: "not readable (permissions or I/O error)"))
                }
                problems = validator.problems(in: data)
            } else if explicit {
                throw ExitCodes.fail(ConfigError.unreadable(path: path, reason: "no such file"))
            } else {
                problems = validator.problems(of: PipelineConfig())
            }
            if !problems.isEmpty {
                for problem in problems { FileHandleOutput.stderr("govreports: error: \(problem)") }
                FileHandleOutput.stderr("govreports: \(path): \(problems.count) problem\(problems.count == 1 ? "" : "s") found")
                throw ExitCode(ExitCodes.usage)
            }
            do {
                let (config, base, _) = try global.loadConfig()
                let docs = try SourceResolver(baseDirectory: base).resolve(config.sources)
                let listings = config.sources.filter { $0.listing != nil }.count
                FileHandleOutput.stdout("\(path): valid (version \(config.version), \(docs.count) documents in sources"
                    + (listings > 0 ? ", \(listings) listing\(listings == 1 ? "" : "s") to expand" : "") + ")")
            } catch {
                throw ExitCodes.fail(error)
            }
        }
    }

    /// `config dump`: the effective configuration after defaults and flags.
    struct Dump: ParsableCommand {
        /// Help text.
        static let configuration = CommandConfiguration(abstract: "Print the effective configuration (defaults and flags applied).")
        /// Common options.
        @OptionGroup var global: GlobalOptions

        /// Prints the config as JSON.
        func run() throws {
            do {
                let (config, _, _) = try global.loadConfig()
                let e = JSONEncoder()
                e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                FileHandleOutput.stdout(String(decoding: try e.encode(config), as: UTF8.self))
            } catch {
                throw ExitCodes.fail(error)
            }
        }
    }
}
