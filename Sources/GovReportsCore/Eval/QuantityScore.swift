/// Quantity scores for one document (or summed over several).
public struct QuantityScore: Codable, Sendable, Equatable {
    /// Precision/recall tallies.
    public var prf: PRF
    /// Matched mentions whose approx agrees.
    public var approxAgree: Int
    /// Matched mentions whose value_max agrees.
    public var valueMaxAgree: Int
    /// Matched mentions (must + optional).
    public var matched: Int
    /// Gold must mentions not found, as text.
    public var missed: [String]
    /// Extracted mentions matching no gold entry, as text.
    public var spurious: [String]

    /// Share of matched mentions with the right approx.
    public var approxAgreement: Double { matched == 0 ? 1 : Double(approxAgree) / Double(matched) }
    /// Share of matched mentions with the right value_max.
    public var valueMaxAgreement: Double { matched == 0 ? 1 : Double(valueMaxAgree) / Double(matched) }

    /// Sums two scores.
    public static func + (a: QuantityScore, b: QuantityScore) -> QuantityScore {
        QuantityScore(prf: a.prf + b.prf, approxAgree: a.approxAgree + b.approxAgree,
                      valueMaxAgree: a.valueMaxAgree + b.valueMaxAgree, matched: a.matched + b.matched,
                      missed: a.missed + b.missed, spurious: a.spurious + b.spurious)
    }

    /// Empty score.
    public static let zero = QuantityScore(prf: .zero, approxAgree: 0, valueMaxAgree: 0, matched: 0, missed: [], spurious: [])
}
