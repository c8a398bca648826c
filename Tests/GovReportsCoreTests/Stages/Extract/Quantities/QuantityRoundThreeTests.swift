import Testing
@testable import GovReportsCore

/// The third round of generalization sentences (统计公报 and 政府工作报告 number styles), read through normalize and
/// the rule view as extract reads them.
@Suite struct QuantityRoundThreeTests {
    /// Money and output magnitudes with decimals.
    @Test(arguments: QuantityRoundThreeCases.magnitudes) func magnitudes(_ c: C) { expectPipelineQuantities(c) }
    /// Changes in % and 个百分点, multiples, signs.
    @Test(arguments: QuantityRoundThreeCases.changes) func changes(_ c: C) { expectPipelineQuantities(c) }
    /// Shares, 成, per-capita and per-thousand figures.
    @Test(arguments: QuantityRoundThreeCases.shares) func shares(_ c: C) { expectPipelineQuantities(c) }
    /// Energy, resource and environment units.
    @Test(arguments: QuantityRoundThreeCases.resources) func resources(_ c: C) { expectPipelineQuantities(c) }
    /// Work-report goals and results.
    @Test(arguments: QuantityRoundThreeCases.workReport) func workReport(_ c: C) { expectPipelineQuantities(c) }
    /// Widths, brackets and spaces.
    @Test(arguments: QuantityRoundThreeCases.layout) func layout(_ c: C) { expectPipelineQuantities(c) }
    /// Month ranges, years, ordinals, names: nothing is a quantity.
    @Test(arguments: QuantityRoundThreeCases.notQuantities) func notQuantities(_ c: C) { expectPipelineQuantities(c) }
    /// Fractions and fraction-like ordinals.
    @Test(arguments: QuantityRoundThreeCases.fractions) func fractions(_ c: C) { expectPipelineQuantities(c) }
    /// Fresh sentences written after the first fixes.
    @Test(arguments: QuantityRoundThreeCases.fresh) func fresh(_ c: C) { expectPipelineQuantities(c) }
    /// An odd fraction reaches the document as one `quantity-odd-fraction` warning that quotes it and says why.
    @Test func oddFractionDiagnostic() {
        let text = "产值是上年的五分之七,进入四分之一决赛。"
        var doubts: [QuantityDoubt] = []
        let matches = sharedQuantityScanner.scan(values: RuleView.of(text).values, doubts: &doubts)
        #expect(matches.isEmpty)
        let diagnostics = QuantityDoubtReport.diagnostics(doubts, text: Array(text.unicodeScalars))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == .quantityOddFraction)
        #expect(diagnostics.first?.message.contains("2 number(s)") == true)
        #expect(diagnostics.first?.message.contains("improper") == true)
        #expect(diagnostics.first?.message.contains("五分之七") == true)
    }
}
