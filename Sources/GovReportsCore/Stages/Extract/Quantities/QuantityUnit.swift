/// One classifier or measure word from `units.json` or the generated `unitvocab.tsv`.
public struct QuantityUnit: Codable, Sendable, Equatable {
    /// The unit as written after the number (`个多月`).
    public var text: String
    /// What the dataset records as unit (`个月`); the written text when absent.
    public var unit: String?
    /// Kind of magnitude the unit measures.
    public var kind: QuantityKind
    /// Whether a Chinese numeral may carry the unit.
    public var chinese: ChineseNumeralPolicy
    /// After a Chinese numeral the unit must be followed by one of these (`三年来` yes, `五年规划` no).
    public var chineseFollow: [String]?
    /// An approximation carried inside the unit word (`个多月` → `多`).
    public var approx: String?
    /// Factor applied to the value (`成`, tenths, is recorded on the percent scale: `三成` → 30).
    public var scale: Double?
    /// When set, an ideograph right after the unit must begin one of these words, or the unit is a word part
    /// (`三成以上` yes, `20成员单位` no).
    public var followers: [String]?
    /// The number before the unit must not follow one of these, or it is a date (`12月31日内`, not `3日内`).
    public var notAfter: [String]?
    /// The unit is part of a word when one of these follows it (`5日内部`, `日内容`, `日内瓦`).
    public var notBefore: [String]?
    /// The lone digits (normally word parts: `一次性`, `二类`) that may carry the unit (`一倍`, `二成`).
    public var loneDigits: [String]?
    /// For a unit no Chinese numeral carries (`分`: `十分重视`, `七分靠落实`): words that, earlier in the number's
    /// clause, name what it measures and let a Chinese numeral carry it after all (`考核得分为九十二分`).
    public var chineseContext: [String]?
    /// For a share unit with `followers` (`成`): after a Chinese numeral it may also stand before a noun (`三成企业`)
    /// unless one of these word parts begins right after it (`成员`, `成本`, `一成不变`, `成年人`).
    public var shareNotBefore: [String]?

    /// Creates a unit entry.
    public init(text: String, unit: String? = nil, kind: QuantityKind, chinese: ChineseNumeralPolicy,
                chineseFollow: [String]? = nil, approx: String? = nil, scale: Double? = nil, followers: [String]? = nil, notAfter: [String]? = nil, notBefore: [String]? = nil) {
        self.text = text
        self.unit = unit
        self.kind = kind
        self.chinese = chinese
        self.chineseFollow = chineseFollow
        self.approx = approx
        self.scale = scale
        self.followers = followers
        self.notAfter = notAfter
        self.notBefore = notBefore
    }

    /// The unit recorded in the dataset.
    public var recordedUnit: String { unit ?? text }
}
