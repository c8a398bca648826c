/// Why a stage must run again for a document.
public enum StaleReason: String, Codable, Sendable {
    /// The stage never ran for this document.
    case neverRun = "never run"
    /// The input artifact (or source file) changed.
    case inputChanged = "input changed"
    /// The cleaned text is the same, but the lines its site template removes from it changed.
    case templateChanged = "site template changed"
    /// The stage's config section changed.
    case configChanged = "config changed"
    /// The program's schema version changed.
    case versionChanged = "version changed"
    /// The stored artifact is missing.
    case artifactMissing = "artifact missing"
    /// The last attempt failed.
    case failed = "failed"
    /// An upstream stage is not up to date.
    case upstreamStale = "upstream stale"
    /// The datasets were made another way (another shard, a whole run, `export --from-stream`).
    case originChanged = "made another way"
    /// The user asked for it (`run STAGE`, `--from`, `--force`).
    case forced = "forced"
}
