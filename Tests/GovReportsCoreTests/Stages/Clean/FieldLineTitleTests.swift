import Testing
@testable import GovReportsCore

/// A text's headline on the page's info line (`标题　　发布时间：…　来源：…`, the reports-blind round-8 class of e44):
/// the words before the first field are the title when a gap sets them off and they end with a document kind.
/// Invented lines.
@Suite struct FieldLineTitleTests {
    /// The gap may be ideographic spaces, plain spaces, a tab or a bar; the first field may be any page field.
    @Test func headlineBeforeFields() {
        #expect(FieldLineTitle.title(in: "某区司法局2024年法治政府建设年度报告　　发布时间：2025-02-14 10:32　　来源：某区司法局")
            == "某区司法局2024年法治政府建设年度报告")
        #expect(FieldLineTitle.title(in: "某县2024年国民经济和社会发展统计公报   来源：县统计局   发布日期：2025-03-20")
            == "某县2024年国民经济和社会发展统计公报")
        #expect(FieldLineTitle.title(in: "某镇人民政府2024年政府信息公开工作年度报告\t浏览次数：57")
            == "某镇人民政府2024年政府信息公开工作年度报告")
        #expect(FieldLineTitle.title(in: "某市某局关于2024年度工作情况的报告 | 索引号：001-2025-00012 | 发布时间：2025-01-08")
            == "某市某局关于2024年度工作情况的报告")
        #expect(FieldLineTitle.title(in: "某县2024年政府工作报告　作者 ：县政府办") == "某县2024年政府工作报告",
                "blanks may stand between a label and its colon")
    }

    /// Not a title: an organ's name, a breadcrumb, a sentence, a words-glued label, words that end with no document
    /// kind, a line with no field, too short a head.
    @Test func noTitleBeforeFields() {
        #expect(FieldLineTitle.title(in: "某区司法局　　发布时间：2025-02-14　　来源：某区司法局") == nil, "an organ")
        #expect(FieldLineTitle.title(in: "首页 > 政务公开 > 年度报告　　发布时间：2025-02-14") == nil, "a breadcrumb")
        #expect(FieldLineTitle.title(in: "本报告由区政府办公室编制。  来源：区政府办公室") == nil, "a sentence")
        #expect(FieldLineTitle.title(in: "某区2024年法治政府建设年度报告发布时间：2025-02-14") == nil, "no gap")
        #expect(FieldLineTitle.title(in: "某区2024年法治政府建设年度报告 发布时间：2025-02-14") == nil, "one space is no column gap")
        #expect(FieldLineTitle.title(in: "某区召开2024年法治政府建设推进会议　　发布时间：2025-02-14") == nil, "no document kind")
        #expect(FieldLineTitle.title(in: "某区2024年法治政府建设年度报告　　2025-02-14") == nil, "no field label")
        #expect(FieldLineTitle.title(in: "年度报告　　发布时间：2025-02-14") == nil, "too short for a title")
        #expect(FieldLineTitle.title(in: "发布时间：2025-02-14　　来源：某区司法局") == nil, "nothing before the fields")
    }

    /// Through the cleaner: the field line goes, its headline becomes the title with a diagnostic and the date is
    /// read; a fields-only line over a title line leaves the title to the body's first line (no diagnostic).
    @Test func cleanerTakesTheHeadline() throws {
        let cleaner = try CleanFixtures.cleaner()
        let text = """
        您当前的位置：首页 > 政务公开 > 法治政府建设
        某区司法局2024年法治政府建设年度报告　　发布时间：2025-02-14 10:32　　来源：某区司法局　　浏览次数：286

        　　2024年，区司法局深入学习贯彻习近平法治思想，现将有关情况报告如下。
        　　一、主要举措和成效
        　　全年审核规范性文件14件，办理法律援助案件612件。
        """
        let result = try cleaner.clean(Array(text.utf8), record: CleanFixtures.record("a.txt"))
        #expect(result.page.articleTitle == "某区司法局2024年法治政府建设年度报告")
        #expect(result.page.published == "2025-02-14")
        #expect(result.diagnostics.contains { $0.code == .titleFromFieldLine })
        #expect(!result.text.contains("发布时间"))
        let plain = """
        某区司法局2024年法治政府建设年度报告
        发布时间：2025-02-14 10:32　　来源：某区司法局

        　　2024年，区司法局深入学习贯彻习近平法治思想，现将有关情况报告如下。
        """
        let second = try cleaner.clean(Array(plain.utf8), record: CleanFixtures.record("b.txt"))
        #expect(!second.diagnostics.contains { $0.code == .titleFromFieldLine })
        #expect(second.text.hasPrefix("某区司法局2024年法治政府建设年度报告"), "the title line stays for the title merger")
    }
}
