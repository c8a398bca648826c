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
}
