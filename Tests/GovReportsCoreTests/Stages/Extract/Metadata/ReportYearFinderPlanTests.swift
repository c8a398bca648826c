import Testing
@testable import GovReportsCore

/// Years inside cited titles: a plan's year is the plan's, a cited report's may be this report's. Invented lines.
@Suite struct ReportYearFinderPlanTests {
    /// The finder with the bundled plan endings.
    static let finder = ReportYearFinder(anonymizedMarks: [],
                                         citedPlanEndings: ((try? MetadataRules.bundled())?.citedPlanEndings ?? [])
                                             .map { Array($0.unicodeScalars) })

    /// Scans `text` as the opening paragraph's inside-titles pass does.
    static func year(_ text: String) -> Int? {
        let a = Array(text.unicodeScalars)
        if case .year(let y) = finder.scan(a, from: 0, to: a.count, outsideTitles: false, skippingPlans: true) { return y }
        return nil
    }

    /// A cited plan (key points, an outline with a trailing period) gives no year; a cited report or list does.
    @Test func planTitlesSkipped() {
        #expect(Self.year("对照《甲区2023年法治政府建设工作要点》逐项落实。") == nil)
        #expect(Self.year("落实《法治政府建设实施纲要（2021—2025年）》。") == nil)
        #expect(Self.year("现将《甲县2022年法治政府建设年度报告》公布如下。") == 2022)
        #expect(Self.year("公布《行政许可事项清单（2024年版）》。") == 2024)
        // Without the pass's flag every cited title counts, as before.
        let a = Array("对照《甲区2023年工作要点》。".unicodeScalars)
        #expect(Self.finder.scan(a, from: 0, to: a.count, outsideTitles: false) == .year(2023))
    }
}
