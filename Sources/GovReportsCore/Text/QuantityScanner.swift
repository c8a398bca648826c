/// Finds every numeric mention in normalized text, scanning Unicode scalars.
public struct QuantityScanner: Sendable {
    /// The rule tables in force.
    public let rules: QuantityRules

    /// Creates a scanner over the given rules (compile once, reuse for every document).
    public init(rules: QuantityRules) {
        self.rules = rules
    }

    /// Returns the mentions in text order, offsets in Unicode scalars.
    public func scan(_ text: String) -> [QuantityMatch] {
        []
    }
}
