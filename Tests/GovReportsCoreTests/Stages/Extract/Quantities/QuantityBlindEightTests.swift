import Testing
@testable import GovReportsCore

/// Blind round eight: the sentences of `QuantityBlindEightCases`, read as extract reads them; a sentence measured
/// failing runs as a known issue, so a fix shows.
@Suite struct QuantityBlindEightTests {
    /// Shares before a noun of people or firms, and numerals before 成 that are no share.
    @Test(arguments: QuantityBlindEightCases.shares) func shares(_ c: C) { check(c) }
    /// The numbers of the indicator round's sentences.
    @Test(arguments: QuantityBlindEightCases.counts) func counts(_ c: C) { check(c) }
    /// Shares and idioms written after the fix.
    @Test(arguments: QuantityBlindEightCases.afterFix) func afterFix(_ c: C) { expectPipelineQuantities(c) }

    /// Checks one sentence, as a known issue when it was measured failing.
    func check(_ c: C) { expectBlindQuantities(c, known: QuantityBlindEightCases.known) }
}
