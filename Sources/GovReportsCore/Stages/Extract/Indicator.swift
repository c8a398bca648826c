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
    /// Patterns (see `TriggerPattern`) of which one must describe the number in its own clause.
    public var triggers: [String]
    /// Patterns that rule an instance out when they match the clause.
    public var exclusions: [String]
    /// How several instances aggregate in the wide table: first, sum or max.
    public var aggregate: String
    /// What counts as an instance, in one or two sentences (optional in user codebooks).
    public var description: String?
    /// Verbs that, alone before a number in the clause right after one of this indicator's instances (same unit, same
    /// sentence), count the same measure again: `收到行政复议申请64件，受理58件` (optional; none by default).
    public var repeatVerbs: [String]

    /// Aggregations the wide table knows.
    public static let aggregates = Set(IndicatorAggregate.allCases.map(\.rawValue))

    /// The aggregation as an enum (a codebook with an unknown name is refused by `Codebook.validate`).
    public var combination: IndicatorAggregate { IndicatorAggregate(rawValue: aggregate) ?? .first }

    /// JSON keys.
    enum CodingKeys: String, CodingKey {
        case id, labelZH = "label_zh", labelEN = "label_en", units, triggers, exclusions, aggregate, description
        case repeatVerbs = "repeat_verbs"
    }

    /// Creates an indicator.
    public init(id: String, labelZH: String, labelEN: String, units: [String], triggers: [String],
                exclusions: [String] = [], aggregate: String = "first", description: String? = nil,
                repeatVerbs: [String] = []) {
        self.id = id
        self.labelZH = labelZH
        self.labelEN = labelEN
        self.units = units
        self.triggers = triggers
        self.exclusions = exclusions
        self.aggregate = aggregate
        self.description = description
        self.repeatVerbs = repeatVerbs
    }

    /// Decodes tolerantly: `label_en`, `exclusions`, `aggregate`, `description` and `repeat_verbs` may be absent in user
    /// codebooks.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        self.init(id: id,
                  labelZH: try c.decodeIfPresent(String.self, forKey: .labelZH) ?? id,
                  labelEN: try c.decodeIfPresent(String.self, forKey: .labelEN) ?? id,
                  units: try c.decode([String].self, forKey: .units),
                  triggers: try c.decode([String].self, forKey: .triggers),
                  exclusions: try c.decodeIfPresent([String].self, forKey: .exclusions) ?? [],
                  aggregate: try c.decodeIfPresent(String.self, forKey: .aggregate) ?? "first",
                  description: try c.decodeIfPresent(String.self, forKey: .description),
                  repeatVerbs: try c.decodeIfPresent([String].self, forKey: .repeatVerbs) ?? [])
    }
}
