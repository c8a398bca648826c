/// One quantity recognized as an instance of a codebook indicator (a row of `indicator_mentions`).
public struct IndicatorMention: Codable, Sendable, Equatable {
    /// Codebook indicator id, e.g. `licensing_handled`.
    public var indicator: String
    /// The quantity's value.
    public var value: Double
    /// The quantity's unit.
    public var unit: String?
    /// The `mention` index of the quantity row.
    public var mention: Int

    /// Creates an indicator mention.
    public init(indicator: String, value: Double, unit: String?, mention: Int) {
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.mention = mention
    }
}
