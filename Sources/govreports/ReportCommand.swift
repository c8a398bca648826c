import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports report`: writes the offline HTML report of the last run into `<output>/report/`.
struct ReportCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an offline HTML report of the last run: coverage, quality and an audit page per document.",
        discussion: "Reads the stored records of the output folder (run `govreports run` first) and writes " +
            "<output>/report/index.html, indicators.html and documents/<doc_id>.html. Nothing is fetched.")

    /// Common options (`--output` names the run's output folder).
    @OptionGroup var global: GlobalOptions

    /// The sources of a one-off run (`run --input … --output DIR`) instead of the configured ones.
    @Option(name: .long, parsing: .upToNextOption, help: "Files, folders, globs or URLs a one-off run was given (with its --output).")
    var input: [String] = []

    /// Writes the report and prints where it is.
    func run() throws {
        let logger = global.makeLogger()
        let summary: ReportSummary
        do {
            let (config, base, output) = try global.loadConfig()
            let runner = PipelineRunner(config: config, baseDirectory: base, output: output, logger: logger)
            summary = try runner.writeReport(inputs: input)
        } catch {
            throw ExitCodes.fail(error)
        }
        if !global.quiet {
            FileHandleOutput.stdout("report: \(summary.pages) document pages (\(summary.documents) documents, " +
                "\(summary.failures) failures) in \(String(format: "%.2f", summary.seconds)) s: \(summary.indexPath)")
        }
    }
}
