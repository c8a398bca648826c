/// The result of `govreports eval`: per document and overall.
public struct EvalReport: Codable, Sendable {
    /// Per-document results.
    public var documents: [DocumentEval]
    /// Quantity scores summed over documents.
    public var quantities: QuantityScore
    /// Metadata fields right / compared.
    public var metadataCorrect: Int
    /// Metadata fields compared.
    public var metadataFields: Int
    /// Chrome scores summed.
    public var chrome: ChromeScore
    /// Indicator tallies summed.
    public var indicators: PRF
    /// Real-page checks: passed and total.
    public var pageChecksPassed: Int
    /// Real-page checks in all.
    public var pageChecks: Int
    /// Whether indicator gold was present.
    public var hasIndicatorGold: Bool
    /// Extracted indicator instances left unscored (their id is outside the scope), by id.
    public var unscoredIndicators: [String: Int] = [:]
    /// Disclosure-table scores summed (nil when no document has a disclosure expectation).
    public var disclosure: DisclosureScore? = nil
}
