import Testing
@testable import GovReportsCore

/// Stage order is what `--from` relies on.
@Suite struct StageNameTests {
    /// Stages compare in pipeline order.
    @Test func ordersStagesAsThePipelineRuns() {
        #expect(StageName.fetch < .clean)
        #expect(StageName.extract < .export)
        #expect(StageName.allCases.filter { $0 >= .normalize } == [.normalize, .extract, .export])
    }
}
