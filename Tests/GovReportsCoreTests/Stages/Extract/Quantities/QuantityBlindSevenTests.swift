import Testing
@testable import GovReportsCore

/// Blind round seven: the sentences of `QuantityBlindSevenCases`, read as extract reads them; a sentence measured
/// failing runs as a known issue, so a fix shows.
@Suite struct QuantityBlindSevenTests {
    /// Numbers that are no quantity.
    @Test(arguments: QuantityBlindSevenCases.notQuantities) func notQuantities(_ c: C) { check(c) }
    /// Numbers that must be read right.
    @Test(arguments: QuantityBlindSevenCases.readRight) func readRight(_ c: C) { check(c) }
    /// A share before 群众.
    @Test(arguments: QuantityBlindSevenCases.shareBeforeCrowd) func shareBeforeCrowd(_ c: C) { check(c) }

    /// Checks one sentence, as a known issue when it was measured failing.
    func check(_ c: C) { expectBlindQuantities(c, known: QuantityBlindSevenCases.known) }
}
