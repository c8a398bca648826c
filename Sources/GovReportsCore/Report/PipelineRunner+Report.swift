import Foundation

extension PipelineRunner {
    /// Writes the HTML report for the configured documents (or the `inputs` a one-off run was given) from the stored
    /// records (offline: listings use their saved links), listing the failures recorded in the state database.
    public func writeReport(inputs: [String] = []) throws -> ReportSummary {
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent("state.sqlite").path) else {
            throw ReportError.nothingToReport(output: output.path)
        }
        // A run writing records meanwhile would make pages disagree with the datasets.
        let lock = try RunLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        return try writeReport(documents: try documents(inputs: inputs), state: try openState())
    }

    /// Writes the report for `docs` with the failures `state` records, reading every record.
    func writeReport(documents docs: [SourceDocument], state: StateStore) throws -> ReportSummary {
        let codebook = try Codebook.load(config.extract.codebook, baseDirectory: baseDirectory)
        let generator = try ReportGenerator(output: output, codebook: codebook, foldFullWidth: config.normalize.foldFullWidth)
        return try generator.generate(documents: docs, failures: try reportFailures(documents: docs, state: state))
    }

    /// Starts the report `run` writes during export (which hands it each record it reads).
    func beginReport(documents docs: [SourceDocument], state: StateStore, codebook: Codebook) throws
        -> (generator: ReportGenerator, writer: ReportWriter) {
        let generator = try ReportGenerator(output: output, codebook: codebook, foldFullWidth: config.normalize.foldFullWidth)
        return (generator, try generator.begin(failures: try reportFailures(documents: docs, state: state)))
    }

    /// Adds the documents export did not see (no extract record) and swaps the report in.
    func finishReport(_ report: (generator: ReportGenerator, writer: ReportWriter), documents docs: [SourceDocument],
                      included: [SourceDocument]) throws -> ReportSummary {
        let seen = Set(included.map(\.docID))
        for doc in docs where !seen.contains(doc.docID) { try report.writer.add(doc, record: nil) }
        return try report.generator.finish(report.writer)
    }

    /// The failed (document, stage) rows of `state` for these documents.
    func reportFailures(documents docs: [SourceDocument], state: StateStore) throws -> [Failure] {
        var failures: [Failure] = []
        let sources = Dictionary(docs.map { ($0.docID, $0.source) }, uniquingKeysWith: { a, _ in a })
        for stage in StageName.perDocument {
            for (docID, row) in try state.failedStates(stage: stage) where sources[docID] != nil {
                failures.append(Failure(docID: docID, source: row.source, stage: stage, code: row.errorCode ?? .stageFailed,
                                        reason: row.error ?? "failed"))
            }
        }
        failures.sort { ($0.source, $0.stage) < ($1.source, $1.stage) }
        return failures
    }

    /// Whether the report of this output folder exists.
    public var reportExists: Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(ReportGenerator.folderName)
            .appendingPathComponent("index.html").path)
    }
}
