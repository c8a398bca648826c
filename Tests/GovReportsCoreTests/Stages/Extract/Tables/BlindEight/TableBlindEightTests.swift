import Testing
@testable import GovReportsCore

/// Runs the blind-round-8 tables (`TableBlindEightCases`) through the real cleaner and table cell extractor with the
/// round-3 judge (`TableBlindThreeTests.failures`). First run on main `5305c56` (after rounds 5 to 7), before any
/// change: 12 cells, 7 right, 0 wrong values, 5 headers wrong (year-period labels read as figures; a figure with its
/// share in brackets keying the rows, which also gave the cells beside it the share's `%`, a wrong unit the judge
/// counts under the wrong headers); after the fixes (`TableBlindEightMechanismTests`) 12 right. Cases still failing
/// are listed in `knownFailing`.
@Suite struct TableBlindEightTests {
    /// Cases that still fail, with the class of their failure.
    static let knownFailing: [String: String] = [:]

    @Test(arguments: TableBlindEightCases.all)
    func blindCase(_ c: TableBlindThreeCase) throws {
        try TableBlindThreeTests.expectPasses(c, knownFailing: Self.knownFailing)
    }

    /// The set's figures by class (printed for the note); no wrong value may come out.
    @Test func figures() throws {
        try TableBlindThreeTests.expectNoWrongValue(TableBlindEightCases.all, round: 8)
    }
}
