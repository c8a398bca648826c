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
        var counts: [String: Int] = [:]
        for c in TableBlindEightCases.all {
            let (cells, _) = try TableBlindThreeTests.run(c)
            for want in c.wants { counts[TableBlindThreeTests.judge(want, cells).rawValue, default: 0] += 1 }
        }
        let total = TableBlindEightCases.all.reduce(0) { $0 + $1.wants.count }
        let line = TableWantOutcome.allCases.map { "\($0.rawValue) \(counts[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        print("table blind 8: \(total) cells: \(line)")
        #expect((counts[TableWantOutcome.wrongValue.rawValue] ?? 0) == 0)
    }
}
