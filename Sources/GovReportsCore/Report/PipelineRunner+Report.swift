import Foundation

extension PipelineRunner {
    /// Writes the HTML report for the configured documents from the stored records (offline: listings use their
    /// saved links), listing the failures recorded in the state database.
    public func writeReport() throws -> ReportSummary {
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent("state.sqlite").path) else {
            throw ReportError.nothingToReport(output: output.path)
        }
        // A run writing records meanwhile would make pages disagree with the datasets.
        let lock = try RunLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        return try writeReport(documents: try documents(inputs: []), state: try openState())
    }

    /// Writes the report for `docs` with the failures `state` records (`run` passes its own).
    func writeReport(documents docs: [SourceDocument], state: StateStore) throws -> ReportSummary {
        var failures: [Failure] = []
        let sources = Dictionary(docs.map { ($0.docID, $0.source) }, uniquingKeysWith: { a, _ in a })
        for stage in StageName.perDocument {
            for (docID, row) in try state.states(stage: stage) where row.outcome == .failed && sources[docID] != nil {
                failures.append(Failure(docID: docID, source: row.source, stage: stage, reason: row.error ?? "failed"))
            }
        }
        failures.sort { ($0.source, $0.stage) < ($1.source, $1.stage) }
        let codebook = try Codebook.load(config.extract.codebook, baseDirectory: baseDirectory)
        let generator = try ReportGenerator(output: output, codebook: codebook, foldFullWidth: config.normalize.foldFullWidth)
        return try generator.generate(documents: docs, failures: failures)
    }

    /// Whether the report of this output folder exists.
    public var reportExists: Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(ReportGenerator.folderName)
            .appendingPathComponent("index.html").path)
    }
}
