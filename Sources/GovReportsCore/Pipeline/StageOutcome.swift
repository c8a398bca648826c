/// The stored outcome of one stage for one document.
public enum StageOutcome: String, Codable, Sendable {
    /// The artifact is written and matches the recorded fingerprint.
    case ok
    /// The last attempt failed; the previous good artifact (if any) is kept.
    case failed
}
