/// A document that failed in a run, with its stage and reason.
public struct Failure: Codable, Sendable, Equatable {
    /// Document id.
    public var docID: String
    /// Source of the document.
    public var source: String
    /// Stage that failed.
    public var stage: StageName
    /// Diagnostic naming the document.
    public var reason: String
}
