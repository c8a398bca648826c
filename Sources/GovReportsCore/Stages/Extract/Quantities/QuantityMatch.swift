/// A numeric mention found by `QuantityScanner`, before section and sentence provenance is attached.
public struct QuantityMatch: Sendable, Equatable {
    /// The mention as it stands in the text (approximation marker, number, multiplier, unit).
    public var text: String
    /// The value after numerals and multipliers are applied (`1588.3万元` → 15883000).
    public var value: Double
    /// Upper end of a range (`40%-60%` → 60), else nil.
    public var valueMax: Double?
    /// Unit as the gold README defines it (`万元` → `元`, `％` → `%`), nil when a noun follows.
    public var unit: String?
    /// Kind from the unit table.
    public var kind: QuantityKind
    /// Approximation marker (`余 多 左右 约 近 以上 超 逾 上下 不足 不到`), else nil.
    public var approx: String?
    /// Start offset in Unicode scalars into the scanned text.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars.
    public var end: Int
    /// What is being counted, best effort (`行政许可295件` → `行政许可`).
    public var subject: String?
    /// The direction of the change the mention states (`增长5%`), nil for a level.
    public var change: QuantityChange?
    /// Whether the mention's clause states a goal (`力争增长5%左右`).
    public var target = false

    /// Creates a match.
    public init(text: String, value: Double, valueMax: Double? = nil, unit: String?, kind: QuantityKind,
                approx: String? = nil, start: Int, end: Int, subject: String? = nil) {
        self.text = text
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.kind = kind
        self.approx = approx
        self.start = start
        self.end = end
        self.subject = subject
    }
}
