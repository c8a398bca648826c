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

    /// Creates options.
    public init(selection: StageSelection = .all, force: Bool = false, inputs: [String] = [], jobs: Int = 1) {
        self.selection = selection
        self.force = force
        self.inputs = inputs
        self.jobs = max(1, jobs)
    }
}
