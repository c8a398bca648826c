/// Units and calendar words, as stored in `units.json`.
public struct UnitTable: Codable, Sendable, Equatable {
    /// The classifiers and measure words.
    public var units: [QuantityUnit]
    /// Words after a number that make it a date, time or label, never a quantity (`月`, `号`, `年度`).
    public var calendarSuffixes: [String]
    /// The unit that is a duration after a small number but a calendar year after a year number.
    public var calendarYearUnit: String
    /// Smallest integer read as a calendar year before `calendarYearUnit`.
    public var calendarYearMin: Int
    /// Largest integer read as a calendar year before `calendarYearUnit`.
    public var calendarYearMax: Int
    /// Words after `calendarYearUnit` that make any number before it a date (`22年底`).
    public var calendarYearFollowers: [String]
    /// Words before a number that make it a span of time (`不少于30日`, `连续三年`, `延长三十年`): a calendar word after
    /// it with a duration unit of the same spelling is that unit, and a Chinese numeral before 年 needs no follower.
    public var spanPrefixes: [String]?

    /// Adds the vocabulary entries this table does not list itself: the hand-kept entries carry finer rules and win.
    public mutating func add(vocabulary: [QuantityUnit]) {
        var known = Set(units.map(\.text))
        for unit in vocabulary where !known.contains(unit.text) {
            units.append(unit)
            known.insert(unit.text)
        }
    }
}
