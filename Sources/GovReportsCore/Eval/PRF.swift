/// Precision, recall and F1 from match counts.
public struct PRF: Codable, Sendable, Equatable {
    /// Matched items counted for precision.
    public var matchedForPrecision: Int
    /// Items extracted.
    public var extracted: Int
    /// Matched required items.
    public var matchedRequired: Int
    /// Required items.
    public var required: Int

    /// Share of extracted items that match (1 when nothing was extracted).
    public var precision: Double { extracted == 0 ? 1 : Double(matchedForPrecision) / Double(extracted) }
    /// Share of required items found (1 when nothing is required).
    public var recall: Double { required == 0 ? 1 : Double(matchedRequired) / Double(required) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Sums two tallies.
    public static func + (a: PRF, b: PRF) -> PRF {
        PRF(matchedForPrecision: a.matchedForPrecision + b.matchedForPrecision, extracted: a.extracted + b.extracted,
            matchedRequired: a.matchedRequired + b.matchedRequired, required: a.required + b.required)
    }

    /// Empty tally.
    public static let zero = PRF(matchedForPrecision: 0, extracted: 0, matchedRequired: 0, required: 0)
}
