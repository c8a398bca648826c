/// A document as the overview lists and links it.
struct DocumentLink: Sendable, Equatable {
    /// Document id (its page is `documents/<doc_id>.html`).
    let docID: String
    /// Title, or the source when there is none.
    let label: String

    /// Path of the document's page relative to the report folder.
    var href: String { "documents/\(docID).html" }
}
