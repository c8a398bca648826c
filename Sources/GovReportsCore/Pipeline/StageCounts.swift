/// Per-stage tallies of one run.
public struct StageCounts: Codable, Sendable, Equatable {
    /// Documents the stage processed.
    public var done = 0
    /// Documents skipped as up to date.
    public var skipped = 0
    /// Documents that failed.
    public var failed = 0
    /// Wall-clock seconds spent in the stage (summed over workers).
    public var seconds = 0.0

    /// Empty tallies.
    public init() {}

    /// Adds another set of tallies to these.
    mutating func add(_ other: StageCounts) {
        done += other.done
        skipped += other.skipped
        failed += other.failed
        seconds += other.seconds
    }
}
