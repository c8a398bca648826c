/// What a stage that just ran for a document hands the next stage in memory, so the next stage need not read the
/// artifact back from disk and decode it (the artifact is still written; a later run reads it from there).
public enum StageHandOff: Sendable {
    /// Fetch's record and the raw bytes it stored.
    case fetched(FetchRecord, [UInt8])
    /// Clean's output.
    case cleaned(CleanedDocument)
    /// Normalize's output.
    case normalized(NormalizedDocument)
}
