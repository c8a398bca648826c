/// What one `govreports run` should do.
public struct RunOptions: Sendable {
    /// Stages to run.
    public var selection: StageSelection
    /// Ignore fingerprints everywhere.
    public var force: Bool
    /// Sources given on the command line instead of the configured ones.
    public var inputs: [String]
    /// Documents processed in parallel.
    public var jobs: Int
    /// Called after each document with (finished, total); the CLI draws a progress bar with it on a terminal.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Only the documents of this shard (by doc_id), so a job array of N runs covers the corpus once; nil: all.
    public var shard: Shard?

    /// Creates options.
    public init(selection: StageSelection = .all, force: Bool = false, inputs: [String] = [], jobs: Int = 1,
                progress: (@Sendable (Int, Int) -> Void)? = nil, shard: Shard? = nil) {
        self.progress = progress
        self.shard = shard
        self.selection = selection
        self.force = force
        self.inputs = inputs
        self.jobs = max(1, jobs)
    }
}
