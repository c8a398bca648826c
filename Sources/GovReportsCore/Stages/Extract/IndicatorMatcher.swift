/// Recognizes quantities that are instances of codebook indicators.
public struct IndicatorMatcher: Sendable {
    /// The codebook in force.
    public let codebook: Codebook

    /// Prepares the matcher.
    public init(codebook: Codebook) throws {
        self.codebook = codebook
    }

    /// Returns indicator mentions for the quantities, in quantity order; `text` is the normalized text the
    /// quantities' offsets point into, so the clause around each number can be read.
    public func match(_ quantities: [QuantityRecord], text: [Unicode.Scalar]) -> [IndicatorMention] {
        []
    }
}
