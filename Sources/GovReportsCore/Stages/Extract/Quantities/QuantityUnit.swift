/// One classifier or measure word from `units.json`.
public struct QuantityUnit: Codable, Sendable, Equatable {
    /// The unit as written after the number (`个多月`).
    public var text: String
    /// What the dataset records as unit (`个月`); the written text when absent.
    public var unit: String?
    /// Kind of magnitude the unit measures.
    public var kind: QuantityKind
    /// Whether a Chinese numeral may carry the unit.
    public var chinese: ChineseNumeralPolicy
    /// After a Chinese numeral the unit must be followed by one of these (`三年来` yes, `五年规划` no).
    public var chineseFollow: [String]?
    /// An approximation carried inside the unit word (`个多月` → `多`).
    public var approx: String?

    /// The unit recorded in the dataset.
    public var recordedUnit: String { unit ?? text }
}
