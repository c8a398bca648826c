/// What sort of magnitude a quantity is, from its unit.
public enum QuantityKind: String, Codable, Sendable, CaseIterable {
    case count, money, percent, duration, other
}
