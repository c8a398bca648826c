import Testing
@testable import GovReportsCore

/// Blind round five: the sentences of `QuantityBlindFiveCases`, read as extract reads them; a sentence measured
/// failing runs as a known issue, so a fix shows.
@Suite struct QuantityBlindFiveTests {
    /// Shares and fractions in words.
    @Test(arguments: QuantityBlindFiveCases.shares) func shares(_ c: C) { check(c) }
    /// Scores.
    @Test(arguments: QuantityBlindFiveCases.scores) func scores(_ c: C) { check(c) }
    /// Ranges.
    @Test(arguments: QuantityBlindFiveCases.ranges) func ranges(_ c: C) { check(c) }
    /// Rates per unit.
    @Test(arguments: QuantityBlindFiveCases.rates) func rates(_ c: C) { check(c) }
    /// Money with mixed magnitudes.
    @Test(arguments: QuantityBlindFiveCases.money) func money(_ c: C) { check(c) }
    /// Years, quarters and dates.
    @Test(arguments: QuantityBlindFiveCases.calendar) func calendar(_ c: C) { check(c) }
    /// Ordinals and document numbers.
    @Test(arguments: QuantityBlindFiveCases.ordinals) func ordinals(_ c: C) { check(c) }
    /// Changes and signs.
    @Test(arguments: QuantityBlindFiveCases.changes) func changes(_ c: C) { check(c) }
    /// Brackets and colons.
    @Test(arguments: QuantityBlindFiveCases.brackets) func brackets(_ c: C) { check(c) }
    /// Full-width digits.
    @Test(arguments: QuantityBlindFiveCases.fullWidth) func fullWidth(_ c: C) { check(c) }
    /// Chinese-numeral thousands.
    @Test(arguments: QuantityBlindFiveCases.chinese) func chinese(_ c: C) { check(c) }
    /// Hedges.
    @Test(arguments: QuantityBlindFiveCases.hedges) func hedges(_ c: C) { check(c) }
    /// Counts of people and times.
    @Test(arguments: QuantityBlindFiveCases.counts) func counts(_ c: C) { check(c) }
    /// Mixed sentences.
    @Test(arguments: QuantityBlindFiveCases.mixed) func mixed(_ c: C) { check(c) }

    /// The mechanisms added after the measurement do not overreach.
    @Test(arguments: QuantityBlindFiveCases.afterFix) func afterFix(_ c: C) { expectPipelineQuantities(c) }

    /// Checks one sentence, as a known issue when it was measured failing.
    func check(_ c: C) { expectBlindQuantities(c, known: QuantityBlindFiveCases.known) }
}
