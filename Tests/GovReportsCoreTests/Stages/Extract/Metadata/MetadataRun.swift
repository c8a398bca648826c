@testable import GovReportsCore

/// Runs the bundled metadata extractor on a normalized text with the given title line and page article title, as
/// extract does, for tests of single metadata rules.
func extractMetadata(_ text: String, title: String?, articleTitle: String? = nil) throws -> DocumentMetadata {
    let doc = NormalizedDocument(docID: "t", source: "t", sha256: "", encoding: "utf-8",
                                 page: PageMetadata(articleTitle: articleTitle), title: title, text: text,
                                 removed: [], diagnostics: [])
    var diagnostics: [Diagnostic] = []
    return try MetadataExtractor.bundled().extract(doc, sections: SectionParser.bundled().parse(text), diagnostics: &diagnostics)
}
