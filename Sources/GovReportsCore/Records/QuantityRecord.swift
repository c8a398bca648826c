/// One numeric mention with its meaning and provenance (a row of `quantities`).
public struct QuantityRecord: Codable, Sendable, Equatable {
    /// 1-based index of the mention within its document.
    public var mention: Int
    /// The mention as it stands in the text (number, multiplier, marker, unit).
    public var text: String
    /// Number after Chinese numerals and multipliers are applied.
    public var value: Double
    /// Upper end of a range, else nil.
    public var valueMax: Double?
    /// Classifier or measure word (`万元` → `元`); nil when a noun follows directly.
    public var unit: String?
    /// Kind from the unit table.
    public var kind: QuantityKind
    /// Approximation marker (`余`, `多`, `约`, …), else nil.
    public var approx: String?
    /// Section path, e.g. `二/(三)`; empty before the first heading.
    public var section: String
    /// Title of the innermost section.
    public var sectionTitle: String?
    /// The sentence containing the mention.
    public var sentence: String
    /// Start offset (Unicode scalars) in the normalized text.
    public var charStart: Int
    /// End offset (exclusive, Unicode scalars) in the normalized text.
    public var charEnd: Int
    /// What is being counted, best effort.
    public var subject: String?
    /// Codebook indicator id when the mention is an instance of one.
    public var indicator: String?
    /// The direction of the change the mention states (`增长5%` → increase), nil for a level.
    public var change: QuantityChange?
    /// Whether the clause states a goal (目标, 预期, 力争 …), not an achieved figure.
    public var target: Bool

    /// Creates a quantity record.
    public init(mention: Int, text: String, value: Double, valueMax: Double?, unit: String?, kind: QuantityKind,
                approx: String?, section: String, sectionTitle: String?, sentence: String, charStart: Int,
                charEnd: Int, subject: String?, indicator: String?, change: QuantityChange? = nil, target: Bool = false) {
        self.mention = mention
        self.text = text
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.kind = kind
        self.approx = approx
        self.section = section
        self.sectionTitle = sectionTitle
        self.sentence = sentence
        self.charStart = charStart
        self.charEnd = charEnd
        self.subject = subject
        self.indicator = indicator
        self.change = change
        self.target = target
    }
}
