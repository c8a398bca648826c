/// One diagnostic with its 1-based number within its document: the item of a `diagnostics` row.
struct IndexedDiagnostic: Sendable {
    /// 1-based position in the document's diagnostics.
    let number: Int
    /// The diagnostic.
    let diagnostic: Diagnostic
}
