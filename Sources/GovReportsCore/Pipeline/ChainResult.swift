/// What the in-memory chain produced for one document: each stage's output after fetch.
public struct ChainResult: Sendable {
    /// Clean output.
    public var cleaned: CleanedDocument
    /// Normalize output.
    public var normalized: NormalizedDocument
    /// Extract output.
    public var extracted: ExtractedDocument
}
