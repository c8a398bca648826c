import Testing
@testable import GovReportsCore

/// The second round of generalization sentences, read through normalize and the rule view as extract reads them.
@Suite struct QuantityRoundTwoTests {
    /// Statistics-bulletin changes, magnitudes and shares.
    @Test(arguments: QuantityRoundTwoCases.bulletin) func bulletin(_ c: C) { expectPipelineQuantities(c) }
    /// Disclosure-report counts and reply times.
    @Test(arguments: QuantityRoundTwoCases.disclosure) func disclosure(_ c: C) { expectPipelineQuantities(c) }
    /// Rule-of-law report cases, rates and training.
    @Test(arguments: QuantityRoundTwoCases.lawGovernment) func lawGovernment(_ c: C) { expectPipelineQuantities(c) }
    /// Work-report targets with bounds, hedges and ranges.
    @Test(arguments: QuantityRoundTwoCases.targets) func targets(_ c: C) { expectPipelineQuantities(c) }
    /// Widths, separators, spaces and line breaks.
    @Test(arguments: QuantityRoundTwoCases.layout) func layout(_ c: C) { expectPipelineQuantities(c) }
    /// Years, document numbers, articles, phones and codes yield nothing.
    @Test(arguments: QuantityRoundTwoCases.notQuantities) func notQuantities(_ c: C) { expectPipelineQuantities(c) }
    /// Round-1 gaps now read (日内, Latin unit symbols, fractions) and their look-alikes.
    @Test(arguments: QuantityRoundTwoCases.formerGaps) func formerGaps(_ c: C) { expectPipelineQuantities(c) }
    /// Harder variants written after the fixes.
    @Test(arguments: QuantityRoundTwoCases.harder) func harder(_ c: C) { expectPipelineQuantities(c) }
    /// A last round of fresh phrasing written after every fix.
    @Test(arguments: QuantityRoundTwoCases.fresh) func fresh(_ c: C) { expectPipelineQuantities(c) }
}
