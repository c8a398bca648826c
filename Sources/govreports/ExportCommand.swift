import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports export --from-stream PARTS…`: the datasets of `stream` output files, identical to a local `run`.
struct ExportCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the datasets from `govreports stream` output files (e.g. a Spark job's part-* files).",
        discussion: """
            govreports export --from-stream out/part-* --output DIR
            A folder stands for its part-* files. Documents are written in doc_id order with the export stage of \
            `run` (config: export and extract.codebook), so the datasets equal those of `run` over the same \
            documents. Lines of failed documents are counted and left out, as `run` leaves failed documents out; \
            a doc_id seen twice keeps its first line. To export a local run's own records, use `govreports run export`.
            """)

    /// Common options (config, output folder, logging).
    @OptionGroup var global: GlobalOptions

    /// Stream output files.
    @Option(name: .customLong("from-stream"), parsing: .upToNextOption, help: "Stream output files or folders of part-* files.")
    var fromStream: [String] = []

    /// Requires parts.
    func validate() throws {
        if fromStream.isEmpty {
            throw ValidationError("give --from-stream PARTS…; to export a local run's records use `govreports run export`")
        }
    }

    /// Indexes the parts and writes the datasets.
    func run() throws {
        let logger = global.makeLogger()
        do {
            let (config, base, output) = try global.loadConfig()
            let parts = try StreamExporter(config: config, baseDirectory: base, output: output, logger: logger)
                .export(parts: fromStream)
            if !global.quiet {
                FileHandleOutput.stderr("export: \(parts.documents.count) documents from \(parts.paths.count) part(s) to \(output.path)"
                    + (parts.failedLines > 0 ? "; \(parts.failedLines) failed line(s) left out" : ""))
            }
        } catch {
            throw ExitCodes.fail(error)
        }
    }
}
