/// Output of the clean stage: decoded body text with page chrome removed.
public struct CleanedDocument: Codable, Sendable, Equatable {
    /// Stable document id.
    public var docID: String
    /// The source as configured.
    public var source: String
    /// SHA-256 of the raw input bytes.
    public var sha256: String
    /// The charset used to decode the bytes (`utf-8`, `gb18030`).
    public var encoding: String
    /// Whether the input was HTML (true) or plain text (false).
    public var isHTML: Bool
    /// Title and dates captured from the page.
    public var page: PageMetadata
    /// Body text, one paragraph per line.
    public var text: String
    /// Every line removed as chrome, in document order.
    public var removed: [RemovedLine]
    /// Diagnostics about this document (bad bytes replaced, no content container found, …).
    public var diagnostics: [Diagnostic]
    /// Every table of the body as a grid, in document order (their rows are also lines of `text`).
    public var tables: [TableGrid]
    /// Page text left outside the body (header, navigation, footers), recorded for the audit view; never body text.
    public var outside: OutsideBody

    /// Creates a cleaned document.
    public init(docID: String, source: String, sha256: String, encoding: String, isHTML: Bool,
                page: PageMetadata, text: String, removed: [RemovedLine], diagnostics: [Diagnostic],
                tables: [TableGrid] = [], outside: OutsideBody = .none) {
        self.docID = docID
        self.source = source
        self.sha256 = sha256
        self.encoding = encoding
        self.isHTML = isHTML
        self.page = page
        self.text = text
        self.removed = removed
        self.diagnostics = diagnostics
        self.tables = tables
        self.outside = outside
    }
}

/// The readable form of the diagnostics.
extension CleanedDocument {
    /// Each diagnostic's message, in order (what `documents.warnings` joins).
    public var warnings: [String] { diagnostics.map(\.message) }
}
