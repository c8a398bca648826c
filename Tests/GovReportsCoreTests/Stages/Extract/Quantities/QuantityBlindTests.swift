import Testing
@testable import GovReportsCore

/// The blind set of 100 sentences over the four report kinds, read through normalize and the rule view as extract reads
/// them, and the change and target of the ones the change suite would check.
@Suite struct QuantityBlindTests {
    /// 法治政府建设年度报告 sentences.
    @Test(arguments: QuantityBlindCases.ruleOfLaw) func ruleOfLaw(_ c: C) { expectPipelineQuantities(c) }
    /// 政府信息公开工作年度报告 sentences.
    @Test(arguments: QuantityBlindCases.disclosure) func disclosure(_ c: C) { expectPipelineQuantities(c) }
    /// 政府工作报告 sentences.
    @Test(arguments: QuantityBlindCases.workReport) func workReport(_ c: C) { expectPipelineQuantities(c) }
    /// 统计公报 sentences.
    @Test(arguments: QuantityBlindCases.bulletin) func bulletin(_ c: C) { expectPipelineQuantities(c) }
    /// Decimals opening a line: measures and section numbers.
    @Test(arguments: QuantityBlindCases.lineStarts) func lineStarts(_ c: C) { expectPipelineQuantities(c) }
    /// 强/弱 after a fraction.
    @Test(arguments: QuantityBlindCases.fractionHedges) func fractionHedges(_ c: C) { expectPipelineQuantities(c) }
    /// Each mention gets the expected change and target.
    @Test(arguments: QuantityBlindCases.changes) func changes(_ c: QuantityChangeTests.Case) { expectChange(c) }

    /// Checks one sentence's change and target per mention.
    func expectChange(_ testCase: QuantityChangeTests.Case, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = sharedQuantityScanner.scan(testCase.sentence)
        let rendered = found.map { "\($0.text) \($0.change?.rawValue ?? "-") \($0.target)" }
        #expect(found.count == testCase.expected.count, "found \(rendered)", sourceLocation: sourceLocation)
        for (match, expected) in zip(found, testCase.expected) {
            #expect(match.change == expected.0 && match.target == expected.1, "expected \(expected), found \(rendered)",
                    sourceLocation: sourceLocation)
        }
    }
}
