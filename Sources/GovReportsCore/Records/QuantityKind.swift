/// What sort of magnitude a quantity is, from its unit.
public enum QuantityKind: String, Codable, Sendable, CaseIterable {
    /// Counted items, money, percentages, time spans, anything else.
    case count, money, percent, duration, other
}
