@testable import GovReportsCore

/// One (indicator, value) instance of the indicator gold, compared as a multiset.
struct GoldInstance: Hashable, CustomStringConvertible {
    /// Indicator id.
    var indicator: String
    /// Value.
    var value: Double
    /// `id=value`.
    var description: String { "\(indicator)=\(Cell.format(value))" }
}
