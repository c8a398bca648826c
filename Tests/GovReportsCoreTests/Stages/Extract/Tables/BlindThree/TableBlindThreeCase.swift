import Testing
@testable import GovReportsCore

/// One page or text report of the blind-round-3 table set: the input, the cells it must give and what it must not.
struct TableBlindThreeCase: Sendable, CustomTestStringConvertible {
    /// A short name (the test's argument label).
    var name: String
    /// The article body (HTML) or the whole text report.
    var input: String
    /// Whether `input` is a plain-text report rather than an HTML body.
    var isText: Bool = false
    /// Cells that must come out.
    var wants: [TableWant] = []
    /// Whether the input holds no data table at all: any cell is a false table.
    var noCells: Bool = false
    /// The table a table diagnostic must name (`table N`): the researcher's flag where a rule is unsure.
    var flagsTable: Int? = nil

    var testDescription: String { name }
}
