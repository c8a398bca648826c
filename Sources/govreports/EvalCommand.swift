import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports eval`: scores the pipeline against gold annotations, with optional floors for CI.
struct EvalCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score quantities, metadata, chrome and indicators against gold; exit 1 when below a floor.",
        discussion: "DOCUMENTS is a folder of reports named by gold 'doc' stems, or a folder with evaldata.jsonl.")

    /// Common options.
    @OptionGroup var global: GlobalOptions

    /// Folder of documents.
    @Argument(help: "Folder of documents to evaluate.")
    var documents: String

    /// Gold folder.
    @Option(name: .long, help: "Gold folder (quantities.jsonl, documents.jsonl, chrome.jsonl, indicators.jsonl).")
    var gold: String?

    /// Which indicator ids are scored.
    @Option(name: .long, help: "Indicator ids scored: 'gold' (those the gold annotates; default) or 'codebook' (every codebook id, a fixed list).")
    var indicatorScope: IndicatorScope = .gold

    /// Machine-readable output.
    @Flag(name: .long, help: "Print the full report as JSON.")
    var json = false

    /// Floors.
    @OptionGroup var floors: EvalFloors

    /// Evaluates, prints, enforces floors.
    func run() throws {
        _ = global.makeLogger()
        let report: EvalReport
        do {
            let (config, base, _) = try global.loadConfig()
            let pipeline = try StageChain(config: config, baseDirectory: base)
            report = try Evaluator(pipeline: pipeline, indicatorScope: indicatorScope).evaluate(documents: URL(fileURLWithPath: documents),
                                                                gold: gold.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ExitCodes.fail(error)
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            FileHandleOutput.stdout(String(decoding: try e.encode(report), as: UTF8.self))
        } else {
            EvalPrinter.print(report)
        }
        let failures = floors.check(report)
        for f in failures { FileHandleOutput.stderr("quality gate failed: \(f)") }
        if !failures.isEmpty { throw ExitCode(ExitCodes.gateFailed) }
    }
}

/// Lets `--indicator-scope` take `gold` or `codebook`.
extension IndicatorScope: ExpressibleByArgument {}
