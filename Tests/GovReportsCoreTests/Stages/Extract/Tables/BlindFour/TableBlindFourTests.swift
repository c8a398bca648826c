import Testing
@testable import GovReportsCore

/// Runs the blind-round-4 tables (`TableBlindFourCases`) through the real cleaner and table cell extractor with the
/// round-3 judge (`TableBlindThreeTests.failures`). Cases still failing are listed in `knownFailing` with their class.
@Suite struct TableBlindFourTests {
    /// Cases that still fail, with the class of their failure.
    static let knownFailing: [String: String] = [:]

    @Test(arguments: TableBlindFourCases.all)
    func blindCase(_ c: TableBlindThreeCase) throws {
        let lines = try TableBlindThreeTests.failures(c)
        if let why = Self.knownFailing[c.name] {
            withKnownIssue(Comment(rawValue: why)) { #expect(lines.isEmpty, "\(lines.joined(separator: "\n"))") }
        } else {
            #expect(lines.isEmpty, "\(lines.joined(separator: "\n"))")
        }
    }

    /// The set's figures by class (printed for the note); no wrong value may come out.
    @Test func figures() throws {
        var counts: [String: Int] = [:]
        for c in TableBlindFourCases.all {
            let (cells, _) = try TableBlindThreeTests.run(c)
            for want in c.wants { counts[TableBlindThreeTests.judge(want, cells).rawValue, default: 0] += 1 }
        }
        let total = TableBlindFourCases.all.reduce(0) { $0 + $1.wants.count }
        let line = TableWantOutcome.allCases.map { "\($0.rawValue) \(counts[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        print("table blind 4: \(total) cells: \(line)")
        #expect((counts[TableWantOutcome.wrongValue.rawValue] ?? 0) == 0)
    }
}
