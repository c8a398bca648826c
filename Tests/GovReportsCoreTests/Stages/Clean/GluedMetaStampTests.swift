import Testing
@testable import GovReportsCore

/// A meta bar of two adjacent spans, the organ and a numeric timestamp, reads as one glued line
/// (`某市统计局2024-03-29 16:05`): its date is the page's and its organ the source. A 年月日 date glued to a word, a
/// word that does not end like an agency, a field label, trailing words and bad dates are not read. Invented lines.
@Suite struct GluedMetaStampTests {
    /// Agency words glued to numeric stamps, with or without a clock time.
    @Test func gluedStampsAreRead() {
        let cases: [(String, String, String)] = [
            ("明光市统计局2024-03-29 16:05", "明光市统计局", "2024-03-29"),
            ("某县人民政府办公室2024/1/9", "某县人民政府办公室", "2024-01-09"),
            ("某区教育局2023.12.28 09:15:02", "某区教育局", "2023-12-28"),
            ("  某县市场监管局2024-02-05  ", "某县市场监管局", "2024-02-05"),
        ]
        for (line, lead, date) in cases {
            let got = PageMetadataExtractor.gluedLeadStamp(line)
            #expect(got?.lead == lead && got?.date == date, "\(line)")
        }
    }

    /// Lines the rule must not read.
    @Test func otherLinesAreNot() {
        for line in ["截至2024年3月29日", "县政府召开常务会议2024-03-20", "来源：某市统计局2024-03-29", "某市统计局2024-03-29 阅读 26",
                     "某市统计局20240329", "某市统计局2024-13-29", "某市统计局2024-03/29", "某市统计局 2024-03-29",
                     "局2024-03-29", "某市统计局2024-03-29 16", "某市统计局2024-03-29 16:5"] {
            #expect(PageMetadataExtractor.gluedLeadStamp(line) == nil, "\(line)")
        }
    }

    /// On a page: the mobile meta bar's spans give the published date and the source; an article whose date is
    /// labelled elsewhere keeps that date.
    @Test func mobileMetaBar() throws {
        let body = "<div class=\"m-body\"><p>2023年，全市经济运行稳中向好，全年地区生产总值372.8亿元，增长6.7%。</p><p>全体居民人均可支配收入28416元，增长6.9%。</p></div>"
        let page = """
        <html><head><meta charset="utf-8"><title>某市2023年国民经济和社会发展统计公报</title></head><body>
        <div class="m-article"><h1>某市2023年国民经济和社会发展统计公报</h1>
        <div class="m-meta"><span class="src">某市统计局</span><span class="time">2024-03-29 16:05</span></div>\(body)</div></body></html>
        """
        let cleaned = try CleanFixtures.cleaner().clean(Array(page.utf8), record: CleanFixtures.record("a.html"))
        #expect(cleaned.page.published == "2024-03-29")
        #expect(cleaned.page.sourceLabel == "某市统计局")
        let labelled = page.replacingOccurrences(of: "<span class=\"src\">", with: "<span>发布时间：2024-03-30</span><span class=\"src\">")
        let other = try CleanFixtures.cleaner().clean(Array(labelled.utf8), record: CleanFixtures.record("a.html"))
        #expect(other.page.published == "2024-03-30")
    }

    /// A written date glued after the organ, then nothing or the page's fields, above the body: read; other words
    /// after the date, a non-agency word, a numeric or partial date, and the same line at the body's head are not.
    @Test func gluedWrittenDates() throws {
        #expect(PageMetadataExtractor.gluedLeadWrittenDate("某县司法局2024年1月29日阅读 1.2万")?.date == "2024-01-29")
        #expect(PageMetadataExtractor.gluedLeadWrittenDate("某县司法局2024年1月29日")?.lead == "某县司法局")
        #expect(PageMetadataExtractor.gluedLeadWrittenDate("某区人民政府办公室2023年12月8日 来源：区政府办")?.date == "2023-12-08")
        for line in ["某县人民政府2024年1月29日召开常务会议", "截至2024年1月29日", "县政府召开常务会议2024年1月29日",
                     "某县司法局2024年1月", "某县司法局2024年13月29日", "来源：某县司法局2024年1月29日"] {
            #expect(PageMetadataExtractor.gluedLeadWrittenDate(line) == nil, "\(line)")
        }
        let body = "<div class=\"con\"><p>2023年，某县司法局深入推进法治政府建设，全年审核规范性文件12件，办理法律援助案件306件。</p><p>调解矛盾纠纷1520件，调解成功率98.2%。</p></div>"
        let page = """
        <html><head><meta charset="utf-8"><title>某县司法局2023年法治政府建设年度报告</title></head><body>
        <div class="article"><h1>某县司法局2023年法治政府建设年度报告</h1>
        <div class="meta"><span>某县司法局</span><span>2024年1月29日</span><span>阅读 1.2万</span></div>\(body)</div></body></html>
        """
        let cleaned = try CleanFixtures.cleaner().clean(Array(page.utf8), record: CleanFixtures.record("a.html"))
        #expect(cleaned.page.published == "2024-01-29")
        let inBody = page.replacingOccurrences(of: "<div class=\"meta\"><span>某县司法局</span><span>2024年1月29日</span><span>阅读 1.2万</span></div>\(body)",
                                               with: body.replacingOccurrences(of: "<div class=\"con\">", with: "<div class=\"con\"><p>某县司法局2024年1月29日</p>"))
        let notRead = try CleanFixtures.cleaner().clean(Array(inBody.utf8), record: CleanFixtures.record("a.html"))
        #expect(notRead.page.published != "2024-01-29")
    }
}
