/// One gold indicator instance (`indicators.jsonl`).
public struct GoldIndicator: Codable, Sendable {
    /// Document stem.
    public var doc: String
    /// Indicator id.
    public var indicator: String
    /// Value.
    public var value: Double
}
