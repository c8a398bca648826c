/// Numeral characters and number syntax, as stored in `numerals.json`.
public struct NumeralTable: Codable, Sendable, Equatable {
    /// Chinese digits and their values (`两` → 2); financial numerals such as 伍 are deliberately absent.
    public var digits: [String: Int]
    /// Digits that never stand alone as a quantity (`一次性`, `二类`, `零件`).
    public var loneDigits: [String]
    /// 十/百/千 and their powers of ten.
    public var smallMultipliers: [String: Int]
    /// 万/亿 and their powers of ten.
    public var largeMultipliers: [String: Int]
    /// Fraction words that put a percent before its number.
    public var percentPrefixes: [PercentPrefix]
    /// Words joining the ends of a range (`-`, `至`, `到`).
    public var rangeConnectors: [String]
    /// Connectors that make a range even without a unit (`3~5`); a bare `-` is too often a code or date.
    public var bareRangeConnectors: [String]
    /// Words before a unit-carrying pair that mark a change, not a range (`由2家到5家`).
    public var rangeBreakers: [String]
    /// Characters that mask digits (`20*年`), making the number a placeholder.
    public var placeholders: [String]
    /// Words that make the following numeral an ordinal (`第`).
    public var ordinalPrefixes: [String]
    /// Words that make a following Chinese numeral an unspecified magnitude (`数十家`, `几十个`).
    public var vaguePrefixes: [String]
    /// Demonstratives that make a following Chinese numeral point back to named things (`这两个`, `上述三项`).
    public var anaphoricPrefixes: [String]
    /// Characters that, between digits, make a clock time (`10时30分`, `11:11`).
    public var timeSeparators: [String]
    /// Longest quotation (in characters from its opening mark) whose numerals are names or slogans.
    public var nameQuoteMaxLength: Int
    /// Opening quotation marks; numerals inside short quotes are names or slogans.
    public var quoteOpen: [String]
    /// Closing quotation marks.
    public var quoteClose: [String]
    /// Opening title marks; nothing inside a title is a measured quantity.
    public var titleOpen: [String]
    /// Closing title marks.
    public var titleClose: [String]
    /// Signs that make the digits right after them negative when an ideograph or opening mark stands before.
    public var minusSigns: [String]?
    /// Words before a bare magnitude (`万人`) that make it a rate's denominator (`每万人`), not a quantity.
    public var bareMagnitudeNotAfter: [String]?
    /// Words that may follow the unit of an unhedged bare magnitude (`百万吨以上`); another ideograph makes it a
    /// modifier (`万元地区生产总值能耗`).
    public var bareMagnitudeFollowers: [String]?
    /// Words that, between Chinese digits, are a decimal point (`三点五`).
    public var chineseDecimalPoints: [String]?
    /// Words after an ordinal that join further items of the same list (`第3、4条`, `第1至3条`).
    public var ordinalListJoiners: [String]?
    /// Words right before a number that make a power of ten a rate's denominator (`每10万人口`).
    public var denominatorPrefixes: [String]?
    /// Smallest power of ten read as a denominator after `denominatorPrefixes`.
    public var denominatorMinimum: Double?
    /// Words before an unhedged bare magnitude that make it a unit label (`单位:万元`).
    public var bareMagnitudeLabelAfter: [String]?
    /// Words between a Chinese denominator and numerator that make a fraction (`三分之一`).
    public var fractionMarkers: [String]?
    /// Words after a numeral that make it a grade (`二等奖`): a count before a grade is no slogan (`三个二等奖`).
    public var gradeMarkers: [String]?
    /// Words right after a fraction that make it part of a name (`四分之一决赛`): doubted, never a share.
    public var fractionNameWords: [String]?
    /// Words right after a fraction that hedge it by an unknown margin (`四分之一强`, a bit more than a quarter): doubted,
    /// since the gold's markers have no word for it and the bare share would be read as exact.
    public var fractionHedgeWords: [String]?
}
