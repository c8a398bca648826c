import Testing
@testable import GovReportsCore

/// Blind round nine: the sentences of `QuantityBlindNineCases`, read as extract reads them; a sentence measured
/// failing runs as a known issue, so a fix shows.
@Suite struct QuantityBlindNineTests {
    /// Money and area with mixed magnitudes.
    @Test(arguments: QuantityBlindNineCases.magnitudes) func magnitudes(_ c: C) { check(c) }
    /// Per-unit figures, ratios and multiples.
    @Test(arguments: QuantityBlindNineCases.perUnit) func perUnit(_ c: C) { check(c) }
    /// Growth against a base year, and periods.
    @Test(arguments: QuantityBlindNineCases.growth) func growth(_ c: C) { check(c) }
    /// Plan names, ordinals, batch counts, a shared unit, number names.
    @Test(arguments: QuantityBlindNineCases.counts) func counts(_ c: C) { check(c) }

    /// Ranges and lists written after the fixes.
    @Test(arguments: QuantityBlindNineCases.afterFix) func afterFix(_ c: C) { expectPipelineQuantities(c) }

    /// Checks one sentence, as a known issue when it was measured failing.
    func check(_ c: C) { expectBlindQuantities(c, known: QuantityBlindNineCases.known) }
}
