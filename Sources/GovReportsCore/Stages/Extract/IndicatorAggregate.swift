/// How several instances of one indicator in a report combine into its panel cell.
public enum IndicatorAggregate: String, Sendable, CaseIterable {
    /// The first instance stated (rates, which cannot be added).
    case first
    /// The sum of every instance (campaign-by-campaign activities, distinct procedures).
    case sum
    /// The largest instance (a yearly total restated or broken down).
    case max
}
