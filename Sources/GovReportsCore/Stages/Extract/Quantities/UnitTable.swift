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
}
