/// Output of the normalize stage: canonical text that all character offsets point into.
public struct NormalizedDocument: Codable, Sendable, Equatable {
    /// Stable document id.
    public var docID: String
    /// The source as configured.
    public var source: String
    /// SHA-256 of the raw input bytes.
    public var sha256: String
    /// The charset the raw bytes were decoded with.
    public var encoding: String
    /// Page metadata carried over from clean.
    public var page: PageMetadata
    /// The document title after merging duplicated or split title lines; nil when the text has none.
    public var title: String?
    /// Canonical body: width-folded, whitespace-folded, no empty lines, title lines removed.
    public var text: String
    /// Chrome removed by clean plus title lines removed here.
    public var removed: [RemovedLine]
    /// Diagnostics carried over and added.
    public var diagnostics: [Diagnostic]
    /// Every table of the body as a grid, in document order (their rows are also lines of `text`).
    public var tables: [TableGrid]
    /// Page text left outside the body (header, navigation, footers), recorded for the audit view; never body text.
    public var outside: OutsideBody

    /// Creates a normalized document.
    public init(docID: String, source: String, sha256: String, encoding: String, page: PageMetadata,
                title: String?, text: String, removed: [RemovedLine], diagnostics: [Diagnostic],
                tables: [TableGrid] = [], outside: OutsideBody = .none) {
        self.docID = docID
        self.source = source
        self.sha256 = sha256
        self.encoding = encoding
        self.page = page
        self.title = title
        self.text = text
        self.removed = removed
        self.diagnostics = diagnostics
        self.tables = tables
        self.outside = outside
    }
}

/// The readable form of the diagnostics.
extension NormalizedDocument {
    /// Each diagnostic's message, in order (what `documents.warnings` joins).
    public var warnings: [String] { diagnostics.map(\.message) }
}
