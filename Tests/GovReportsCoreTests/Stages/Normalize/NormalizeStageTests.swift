import Testing
@testable import GovReportsCore

/// Normalization: width folding, whitespace, empty lines, title merging.
@Suite struct NormalizeStageTests {
    /// Builds a cleaned document with the given text and page title.
    func cleaned(_ text: String, title: String? = nil) -> CleanedDocument {
        CleanedDocument(docID: "d", source: "d.txt", sha256: "x", encoding: "utf-8", isHTML: false,
                        page: PageMetadata(articleTitle: title), text: text, removed: [], diagnostics: [])
    }

    /// Full-width digits, letters and punctuation fold to ASCII; U+3000 and NBSP become spaces, runs collapse.
    @Test func foldsWidthAndSpaces() {
        let n = NormalizeStage(config: NormalizeConfig()).normalize(cleaned("第一段：办理１２３件，占８２．２％。\n\n\u{3000}\u{3000}第二段\u{00A0}\u{00A0}结束。"))
        #expect(n.text == "第一段:办理123件,占82.2%。\n第二段 结束。")
    }

    /// A title line, its duplicate and its split copy are merged into the title; a later identical signature stays.
    @Test func mergesDuplicatedAndSplitTitle() {
        let text = "某区民政局 2022年度法治政府建设工作报告\n某区民政局\n2022年度法治政府建设工作报告\n正文第一句。\n某区民政局\n2023年1月5日"
        let n = NormalizeStage(config: NormalizeConfig()).normalize(cleaned(text))
        #expect(n.title == "某区民政局 2022年度法治政府建设工作报告")
        #expect(n.text == "正文第一句。\n某区民政局\n2023年1月5日")
        #expect(n.removed.filter { $0.rule == "title" }.count == 3)
    }

    /// A body paragraph is never taken for a title.
    @Test func noTitleWhenTextStartsWithBody() {
        let n = NormalizeStage(config: NormalizeConfig()).normalize(cleaned("2022年,我局认真贯彻落实各项工作,取得积极成效。\n二、问题"))
        #expect(n.title == nil)
        #expect(n.text.hasPrefix("2022年,"))
    }

    /// The page title wins and removes its copy from the top of the body.
    @Test func pageTitleRemovesBodyCopy() {
        let n = NormalizeStage(config: NormalizeConfig()).normalize(cleaned("关于2023年度法治政府建设情况的报告\n正文。", title: "关于2023年度法治政府建设情况的报告"))
        #expect(n.title == "关于2023年度法治政府建设情况的报告")
        #expect(n.text == "正文。")
    }
}

/// Titles split over two lines without a title word in the first half.
@Suite struct SplitTitleTests {
    /// `某区司法局2019年度` + `依法行政工作总结` is one title, joined without a space.
    @Test func joinsTwoShortLines() {
        let c = CleanedDocument(docID: "d", source: "d.txt", sha256: "x", encoding: "utf-8", isHTML: false, page: PageMetadata(),
                                text: "某区司法局2019年度\n依法行政工作总结\n2019年,我局认真履行职责。", removed: [], diagnostics: [])
        let n = NormalizeStage(config: NormalizeConfig()).normalize(c)
        #expect(n.title == "某区司法局2019年度依法行政工作总结")
        #expect(n.text == "2019年,我局认真履行职责。")
    }
}
