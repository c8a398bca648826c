/// What a run did: written to `output/run.json` and summarized on stderr.
public struct RunReport: Codable, Sendable {
    /// Start time, ISO 8601.
    public var started: String
    /// End time, ISO 8601.
    public var finished: String
    /// Documents in the source set.
    public var documents: Int
    /// Tallies per stage.
    public var stages: [String: StageCounts]
    /// Every failure with document and reason.
    public var failures: [Failure]
    /// Whether the run was interrupted by a signal.
    public var interrupted: Bool

    /// True when nothing was recomputed.
    public var nothingToDo: Bool {
        stages.values.allSatisfy { $0.done == 0 && $0.failed == 0 }
    }
}
