import Testing
@testable import GovReportsCore

/// Title lines found among a text's first lines. Invented lines.
@Suite struct TitleMergerTests {
    /// A document number above the title stays in the body and is no part of the title.
    @Test func documentNumberAboveTitle() {
        let m = TitleMerger().merge(lines: ["甲政发〔2024〕3号", "甲县人民政府关于2023年度法治政府建设情况的报告", "正文一句。"],
                                    pageTitle: nil)
        #expect(m.title == "甲县人民政府关于2023年度法治政府建设情况的报告")
        #expect(m.body == ["甲政发〔2024〕3号", "正文一句。"])
    }

    /// A title split over two lines is still joined (the first half is no document number).
    @Test func splitTitleStillJoined() {
        let m = TitleMerger().merge(lines: ["甲县司法局2019年度", "依法行政工作总结", "正文一句。"], pageTitle: nil)
        #expect(m.title == "甲县司法局2019年度依法行政工作总结")
    }

    /// Document-number lines: issuer, bracketed year, serial, 号; nothing else.
    @Test func documentNumberShapes() {
        #expect(TitleMerger.isDocumentNumber("甲政发〔2024〕3号"))
        #expect(TitleMerger.isDocumentNumber("甲司 [2023] 12号"))
        #expect(!TitleMerger.isDocumentNumber("〔2024〕3号"))
        #expect(!TitleMerger.isDocumentNumber("甲政发〔2024〕号"))
        #expect(!TitleMerger.isDocumentNumber("根据甲政发〔2024〕3号文件精神开展工作的通知第3号"))
    }

    /// A title over three short lines is joined when the joined text ends with a document kind; the lines are
    /// removed from the body.
    @Test func threeLineTitleJoined() {
        let m = TitleMerger().merge(lines: ["甲省市场监督管理局关于", "2024年度法治政府建设", "情况的报告", "省人民政府：", "正文一句。"],
                                    pageTitle: nil)
        #expect(m.title == "甲省市场监督管理局关于2024年度法治政府建设情况的报告")
        #expect(m.body == ["省人民政府：", "正文一句。"])
    }

    /// Three opening lines are no title when the third is a salutation, a list item, or the join names no kind.
    @Test func threeLinesThatAreNoTitle() {
        #expect(TitleMerger.splitTitle(["甲局关于", "2024年度法治政府建设", "县委、县政府的报告："]) == nil)
        #expect(TitleMerger.splitTitle(["甲局关于", "2024年度法治政府建设", "一、工作报告"]) == nil)
        #expect(TitleMerger.splitTitle(["甲局关于", "2024年度法治政府建设", "工作情况"]) == nil)
        // Two lines keep the old, looser test.
        #expect(TitleMerger.splitTitle(["甲县司法局2019年度", "依法行政工作总结", "正文一句。"]) == "甲县司法局2019年度依法行政工作总结")
    }

    /// An urgency or secrecy mark above the document number is furniture too: the title starts below both.
    @Test func headMarksAboveNumber() {
        let m = TitleMerger().merge(lines: ["特急", "甲政发〔2025〕3号", "甲县人民政府关于2024年度法治政府建设情况的报告", "正文一句。"],
                                    pageTitle: nil)
        #expect(m.title == "甲县人民政府关于2024年度法治政府建设情况的报告")
        #expect(m.body == ["特急", "甲政发〔2025〕3号", "正文一句。"])
        #expect(TitleMerger.isHeadMark("机密★1年"))
        #expect(TitleMerger.isHeadMark("特 急"))
        #expect(!TitleMerger.isHeadMark("特急事项处理情况"))
    }

    /// A title over four short lines is joined and its lines leave the body; four opening lines with a salutation,
    /// a list item, sentence punctuation or no document kind at the end are no title.
    @Test func fourLineTitle() {
        let m = TitleMerger().merge(lines: ["甲县司法局关于", "2024年度法治政府建设", "工作情况的", "报告", "2024年，我局全面推进依法行政。"],
                                    pageTitle: nil)
        #expect(m.title == "甲县司法局关于2024年度法治政府建设工作情况的报告")
        #expect(m.body == ["2024年，我局全面推进依法行政。"])
        #expect(TitleMerger.splitTitle(["甲县司法局关于", "2024年度法治政府建设", "工作情况的", "县政府："]) == nil)
        #expect(TitleMerger.splitTitle(["甲县司法局关于", "2024年度法治政府建设", "工作情况的", "一、报告"]) == nil)
        #expect(TitleMerger.splitTitle(["甲县司法局", "2024年度法治政府建设", "全年推进，成效明显", "形成报告"]) == nil)
        #expect(TitleMerger.splitTitle(["甲县司法局关于", "2024年度法治政府建设", "工作情况的", "说明材料"]) == nil)
        // Three navigation lines over a whole one-line title are no four-line title: no 关于, and the last line is
        // a title of its own, not a fragment.
        #expect(TitleMerger.splitTitle(["站群导航 部门网站", "民生服务 办事大厅", "政民互动 留言选登", "某市2025年第1期统计分析报告"]) == nil)
        #expect(TitleMerger.splitTitle(["站群导航 部门网站", "民生服务 办事大厅", "政民互动 留言选登", "统计报告"]) == nil)
        #expect(TitleMerger.splitTitle(["甲县关于", "2024年度法治政府建设", "工作情况的", "甲县司法局2024年度工作报告"]) == nil)
        // A five-line split is beyond the join: missing, not a guess.
        #expect(TitleMerger.splitTitle(["甲县司法局", "关于", "2024年度法治政府建设", "工作情况的", "报告"]) == nil)
    }
}
