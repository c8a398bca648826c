/// How many documents of one stage are up to date, stale (by reason) or failed.
public struct StageStatus: Codable, Sendable, Equatable {
    /// Stage name.
    public var stage: StageName
    /// Documents whose stored output matches the current input, config and version.
    public var upToDate = 0
    /// Stale documents counted by reason.
    public var stale: [String: Int] = [:]
    /// Failed documents with their last error.
    public var failed: [Failure] = []
    /// Export only: how the folder's datasets were made (`run`, `run --shard I/N`, `export --from-stream …`).
    public var origin: String?

    /// Empty status for a stage.
    public init(stage: StageName) {
        self.stage = stage
    }
}
