import Logging

/// What a staged run of the chain works against: the artifact store, the state database, the run's options and
/// the config digests computed once per run.
struct StagedContext: Sendable {
    /// Stored artifacts (only the chain's staged run touches them; stages never do).
    let store: ArtifactStore
    /// Fingerprints and outcomes per document and stage.
    let state: StateStore
    /// Selection, force and jobs.
    let options: RunOptions
    /// Config-section digest per stage.
    let configs: [StageName: String]
    /// Where per-document failures are logged.
    let logger: Logger
    /// The stages this pass runs (a two-pass run cleans everything before it normalizes); nil: all.
    var pass: Set<StageName>? = nil
    /// Where a run-level storage fault is recorded (it stops the run instead of failing the document).
    var faults: RunFaultLatch? = nil
    /// Where clean outputs are kept for the template learner and the normalize pass of a two-pass run; nil: none.
    var keptCleaned: RecordKeeper<CleanedDocument>? = nil
    /// Where extract outputs are kept for the export that follows; nil: none.
    var keptExtracted: RecordKeeper<ExtractedDocument>? = nil
}
