import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports config validate|dump`.
struct ConfigCommand: ParsableCommand {
    /// Help text and subcommands.
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check or print the effective configuration.",
        subcommands: [Validate.self, Dump.self])

    /// `config validate`: exits 64 naming the key path when the file is wrong.
    struct Validate: ParsableCommand {
        /// Help text.
        static let configuration = CommandConfiguration(abstract: "Check pipeline.json; exit 64 naming the bad key.")
        /// Common options.
        @OptionGroup var global: GlobalOptions

        /// Loads the config and its sources.
        func run() throws {
            do {
                let (config, base, _) = try global.loadConfig()
                let docs = try SourceResolver(baseDirectory: base).resolve(config.sources)
                FileHandleOutput.stdout("\(global.configPath.path): valid (version \(config.version), \(docs.count) documents in sources)")
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
