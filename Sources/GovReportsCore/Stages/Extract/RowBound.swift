/// Bounds one document's rows (`extract.maxRowsPerDocument`): a page that yields more quantities, sections and
/// citations than any report fails with `document-too-large` instead of filling memory and every dataset.
enum RowBound {
    /// The stable code of the failure.
    static let diagnosticCode = DiagnosticCode.documentTooLarge

    /// Rows `document` would add to the datasets (quantities, sections, citations).
    static func rows(_ document: ExtractedDocument) -> Int {
        document.quantities.count + document.sections.count + document.citations.count
    }

    /// `document` itself, or a failure naming it when it has more than `limit` rows.
    static func check(_ document: ExtractedDocument, limit: Int) throws(DocumentError) -> ExtractedDocument {
        let count = rows(document)
        guard count > limit else { return document }
        throw .failed(docID: document.docID, source: document.source, stage: .extract,
                      reason: "\(document.source): \(diagnosticCode.rawValue): \(count) rows (quantities, sections, citations) "
                          + "is over extract.maxRowsPerDocument (\(limit)); check that the source is a single report, "
                          + "or raise the limit in pipeline.json", code: diagnosticCode)
    }
}
