import Testing
@testable import GovReportsCore

/// Runs the blind-round-7 tables (`TableBlindSevenCases`) through the real cleaner and table cell extractor with the
/// round-3 judge (`TableBlindThreeTests.failures`). First run on main `1b1691f` (after rounds 5 and 6 and this stop's
/// merges), before any change: 15 cells, 11 right, 0 wrong values, 2 units lost (the corner cell's unit), 2 headers
/// wrong (a bare units row read as a header level, its units lost); after the fixes (`TableBlindSevenMechanismTests`)
/// 15 right. Cases still failing are listed in `knownFailing`.
@Suite struct TableBlindSevenTests {
    /// Cases that still fail, with the class of their failure.
    static let knownFailing: [String: String] = [:]

    @Test(arguments: TableBlindSevenCases.all)
    func blindCase(_ c: TableBlindThreeCase) throws {
        try TableBlindThreeTests.expectPasses(c, knownFailing: Self.knownFailing)
    }

    /// The set's figures by class (printed for the note); no wrong value may come out.
    @Test func figures() throws {
        try TableBlindThreeTests.expectNoWrongValue(TableBlindSevenCases.all, round: 7)
    }
}
