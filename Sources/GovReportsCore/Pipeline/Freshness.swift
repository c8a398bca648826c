/// The one answer to "is this stage's stored output for this document up to date?", shared by `run` (which skips
/// fresh work) and `status` (which reports it), so the two cannot disagree.
public enum Freshness {
    /// Nil when the stored output is valid for `inputSHA` (nil: the input cannot be identified now) and `configSHA`
    /// at this program version and its artifact exists; else the first reason it is stale. `forced` (`--force`,
    /// `run STAGE`, `--from`) and `alwaysRuns` (a URL, re-checked each run) make it stale whatever the row says.
    /// `origin` (export only) is how the datasets are to be made now: a row made another way (another shard, a
    /// whole run, `export --from-stream`) is stale whatever its hashes say.
    public static func staleness(inputSHA: String?, configSHA: String, previous: StageState?,
                                 artifactExists: @autoclosure () -> Bool, forced: Bool = false,
                                 alwaysRuns: Bool = false, origin: ExportOrigin? = nil) -> StaleReason? {
        if forced || alwaysRuns { return .forced }
        guard let previous else { return .neverRun }
        if let origin, ExportOrigin(stored: previous.source) != origin { return .originChanged }
        guard let inputSHA else { return .inputChanged }
        if let reason = Fingerprint(inputSHA: inputSHA, configSHA: configSHA).staleness(against: previous) {
            return reason
        }
        // Checked last: it costs a system call, and the row alone usually decides.
        return artifactExists() ? nil : .artifactMissing
    }
}
