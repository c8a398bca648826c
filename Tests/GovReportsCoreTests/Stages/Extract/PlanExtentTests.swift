import Foundation
import Testing
@testable import GovReportsCore

/// Plan sections (`下一步工作`, `工作打算`) hold commitments: their numbers are quantities but no indicator instances.
@Suite struct PlanExtentTests {
    /// Ranges are sorted and merged; `contains` answers by binary search, ends exclusive.
    @Test func rangesMergeAndContain() {
        let plan = PlanExtent(ranges: [30..<40, 0..<10, 5..<12, 50..<50])
        #expect(plan.ranges == [0..<12, 30..<40])
        #expect(plan.contains(0) && plan.contains(11) && plan.contains(30) && plan.contains(39))
        #expect(!plan.contains(12) && !plan.contains(29) && !plan.contains(40) && !plan.contains(50))
        #expect(!PlanExtent.none.contains(0))
    }

    /// The same sentences count in a 主要工作 section and give nothing in a 下一步 or 工作打算 section, whatever verb
    /// or heading wording; the quantities themselves are kept in both.
    @Test func planSectionsGiveNoIndicators() throws {
        let stage = try ExtractStage(config: ExtractConfig(), baseDirectory: URL(fileURLWithPath: "."))
        for heading in ["三、下一步工作", "三、2026年工作打算", "三、下步工作安排"] {
            let text = "一、主要工作\n全年制定出台规范性文件4件，组织领导干部集体学法6次。\n二、存在的问题\n基层力量薄弱。\n"
                + heading + "\n我局将制定出台规范性文件2件以上，每月至少开展1次法治讲座。\n"
            let doc = NormalizedDocument(docID: "d", source: "s", sha256: "", encoding: "utf-8", page: PageMetadata(),
                                         title: "t", text: text, removed: [], diagnostics: [], tables: [])
            let out = stage.extract(doc)
            #expect(out.quantities.map(\.text) == ["4件", "6次", "2件以上", "1次"], "\(heading)")
            #expect(out.indicators.map { "\($0.indicator)=\(Cell.format($0.value))" }
                    == ["normative_docs_issued=4", "study_sessions=6"], "\(heading)")
        }
    }
}
