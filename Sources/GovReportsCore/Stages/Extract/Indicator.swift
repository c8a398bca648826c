/// One codebook indicator: what it measures and how a quantity is recognized as an instance.
public struct Indicator: Codable, Sendable, Equatable {
    /// Column id, e.g. `licensing_handled`.
    public var id: String
    /// Chinese label.
    public var labelZH: String
    /// English label.
    public var labelEN: String
    /// Units an instance may have.
    public var units: [String]
    /// Phrases that must describe the number in its own clause.
    public var triggers: [String]
    /// Phrases that rule an instance out.
    public var exclusions: [String]
    /// How several instances aggregate in the wide table: first, sum or max.
    public var aggregate: String

    /// JSON keys.
    enum CodingKeys: String, CodingKey {
        case id, labelZH = "label_zh", labelEN = "label_en", units, triggers, exclusions, aggregate
    }
}
