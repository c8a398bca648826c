/// Finds `《…》` titles and document numbers (`厦海政办〔2022〕12号`) in normalized text.
public struct CitationExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Returns the citations in text order, offsets in Unicode scalars.
    public func extract(_ text: String) -> [CitationRecord] {
        []
    }
}
