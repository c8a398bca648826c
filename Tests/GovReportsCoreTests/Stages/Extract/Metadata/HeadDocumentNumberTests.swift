import Testing
@testable import GovReportsCore

/// The document number read from a text's head line. Invented lines.
@Suite struct HeadDocumentNumberTests {
    /// A number line first, or under a title that stayed in the text, in every bracket form, as written.
    @Test func headLineForms() {
        #expect(HeadDocumentNumber.find(in: "甲政发〔2025〕4号\n乙市人民政府：\n正文。") == "甲政发〔2025〕4号")
        #expect(HeadDocumentNumber.find(in: "甲卫发［2025］3号\n正文。") == "甲卫发［2025］3号")
        #expect(HeadDocumentNumber.find(in: "甲委发(2025)2号\n正文。") == "甲委发(2025)2号")
        #expect(HeadDocumentNumber.find(in: "甲县关于某事的报告\n（甲政发〔2025〕4号）\n正文。") == "甲政发〔2025〕4号")
    }

    /// A number cited inside a sentence, or further down the text, is another document's.
    @Test func citedNumbersAreNotTaken() {
        #expect(HeadDocumentNumber.find(in: "根据甲政发〔2024〕3号文件精神，现报告如下。\n正文。") == nil)
        #expect(HeadDocumentNumber.find(in: "乙市人民政府：\n正文。\n甲政发〔2024〕3号") == nil)
    }

    /// A long first line (a paragraph) is passed over unread, and a number under it is still found; a spaced
    /// number and one wrapped in half-width brackets keep their forms.
    @Test func longFirstLineAndSpacedForms() {
        let paragraph = String(repeating: "本年度持续推进法治政府建设，", count: 20)
        #expect(HeadDocumentNumber.find(in: paragraph + "\n甲政发〔2025〕4号\n正文。") == "甲政发〔2025〕4号")
        #expect(HeadDocumentNumber.find(in: "甲政发 〔2025〕 4号\n正文。") == "甲政发 〔2025〕 4号")
        #expect(HeadDocumentNumber.find(in: "某县报告\n(甲政发〔2025〕4号)\n正文。") == "甲政发〔2025〕4号")
        #expect(HeadDocumentNumber.find(in: "甲政发〔2025〕4号文件\n正文。") == nil)
    }
}
