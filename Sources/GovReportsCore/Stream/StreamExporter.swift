import Foundation
import Logging

/// `govreports export --from-stream`: the datasets of `stream` output parts, written by the export stage itself
/// (the same writers, columns and order as `run`: documents by `doc_id`), so they are byte-identical to a local
/// `run` over the same documents.
public struct StreamExporter: Sendable {
    /// Effective configuration (its export section and codebook decide the datasets, as for `run`).
    public let config: PipelineConfig
    /// Folder relative config paths (the codebook) resolve against.
    public let baseDirectory: URL
    /// Where the datasets go.
    public let output: URL
    /// Progress logger.
    let logger: Logger

    /// Creates an exporter.
    public init(config: PipelineConfig, baseDirectory: URL, output: URL, logger: Logger) {
        self.config = config
        self.baseDirectory = baseDirectory
        self.output = output
        self.logger = logger
    }

    /// Indexes the parts and writes the datasets; returns the index (counts of documents, failed lines, duplicates).
    @discardableResult
    public func export(parts paths: [String]) throws -> StreamParts {
        let parts = try StreamParts(paths: try StreamParts.expand(paths))
        if parts.duplicates > 0 {
            logger.warning("export --from-stream: \(parts.duplicates) line(s) repeat a doc_id already read; the first is kept")
        }
        if parts.withoutTemplates > 0 {
            logger.warning("export --from-stream: \(parts.withoutTemplates) document(s) were streamed without a template book (template-book-missing): their texts keep the site-template lines a run removes; see `govreports stream --help`")
        }
        let codebook = try Codebook.load(config.extract.codebook, baseDirectory: baseDirectory)
        do { try PlainFile.makeDirectories(output.path) } catch {
            throw RunFault.classify(error) ?? PipelineError.outputUnwritable(path: output.path, reason: error.reason)
        }
        // The same lock as `run`: a run and an export into one folder must not swap files under each other.
        let lock = try RunLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        let stage = ExportStage(config: config.export, output: output, logger: logger, codebook: codebook) { doc in
            try parts.read(doc)
        }
        do { try stage.export(parts.documents) } catch {
            throw RunFault.classify(error, path: output.path) ?? PipelineError.export(path: output.path, reason: ErrorText.describe(error))
        }
        try StreamExportRecord.save(parts, config: config, baseDirectory: baseDirectory, output: output, logger: logger)
        return parts
    }
}
