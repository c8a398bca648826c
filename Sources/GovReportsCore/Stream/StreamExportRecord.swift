import Foundation
import Logging

/// The export state row of an `export --from-stream` folder: what `status` judges that folder's datasets by (the
/// parts they were made from, their identity, the export config), through the same `Freshness` as `run`.
enum StreamExportRecord {
    /// Saves the row after a successful export into `output`'s `state.sqlite`.
    static func save(_ parts: StreamParts, config: PipelineConfig, baseDirectory: URL, output: URL, logger: Logger) throws {
        let runner = PipelineRunner(config: config, baseDirectory: baseDirectory, output: output, logger: logger)
        defer { runner.fetcher.shutdown() }
        let origin = ExportOrigin.stream(parts: parts.paths.map(absolute))
        let fingerprint = Fingerprint(inputSHA: parts.identity, configSHA: runner.configSHA(.export))
        let state = try runner.openState()
        let path = output.appendingPathComponent("state.sqlite").path
        do {
            try state.save(StageState(docID: "*", stage: .export, source: origin.stored, inputSHA: fingerprint.inputSHA,
                                      configSHA: fingerprint.configSHA, version: fingerprint.version,
                                      outputSHA: parts.identity, outcome: .ok, error: nil, updatedAt: Timestamp.now()))
            try state.flush()
        } catch {
            throw RunFault.classify(error, path: path) ?? PipelineError.state(path: path, reason: ErrorText.describe(error))
        }
    }

    /// The export status of a from-stream folder: its parts indexed again (nil identity when one is gone or
    /// unreadable: stale, input changed) and judged with `Freshness`.
    static func status(parts: [String], row: StageState, runner: PipelineRunner) -> StageStatus {
        var status = StageStatus(stage: .export)
        status.origin = ExportOrigin.stream(parts: parts).summary
        let identity = try? StreamParts(paths: parts).identity
        let exists = (try? runner.makeExporter().outputsExist()) ?? false
        if let reason = Freshness.staleness(inputSHA: identity, configSHA: runner.configSHA(.export), previous: row,
                                            artifactExists: exists, origin: .stream(parts: parts)) {
            status.stale[reason.rawValue] = 1
        } else {
            status.upToDate = 1
        }
        return status
    }

    /// A path made absolute against the working folder, so `status` run from elsewhere finds the parts.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).standardized.path
    }
}
