/// Eval results for one document.
public struct DocumentEval: Codable, Sendable {
    /// Document stem.
    public var doc: String
    /// Quantity scores (nil when no gold quantities for it).
    public var quantities: QuantityScore?
    /// Metadata comparison (nil when no gold metadata).
    public var metadata: MetadataScore?
    /// Chrome/body scores (nil when no gold chrome and not a text file).
    public var chrome: ChromeScore?
    /// Indicator tallies.
    public var indicators: PRF?
    /// Real-page checks that failed (with/without snippets, title, published).
    public var pageFailures: [String]?
    /// Disclosure-table cells and checks (nil when the corpus sets no disclosure expectation for it).
    public var disclosure: DisclosureScore?
    /// Processing error, when the document could not be processed.
    public var error: String?
}
