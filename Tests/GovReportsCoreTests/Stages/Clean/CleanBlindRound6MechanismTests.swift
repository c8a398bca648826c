import Foundation
import Testing
@testable import GovReportsCore

/// The mechanisms the round-6 page blind set (h26–h31) added, each on inputs that vary what it depends on and on
/// text where it must not fire. Invented texts.
@Suite struct CleanBlindRound6MechanismTests {
    /// A `<title>` of headline, column and site name loses the column too; a segment with digits, or one not much
    /// shorter than the headline, or one with no site name cut after it, stays.
    @Test func titleLosesColumnBeforeSiteName() {
        let extractor = PageMetadataExtractor()
        let strip = { (raw: String) in extractor.stripSiteSuffix(raw, siteName: nil, column: nil).title }
        #expect(strip("某区人民政府2023年政府信息公开工作年度报告 - 政府信息公开年报 - 某市某区人民政府")
            == "某区人民政府2023年政府信息公开工作年度报告")
        #expect(strip("某县2023年统计公报_统计数据_某县人民政府") == "某县2023年统计公报")
        #expect(strip("某县2023年工作总结 - 2024年工作计划 - 某县人民政府") == "某县2023年工作总结 - 2024年工作计划",
                "a segment with a year is part of the headline")
        #expect(strip("通知公告 - 政府信息公开专栏 - 某县人民政府") == "通知公告 - 政府信息公开专栏",
                "a segment as long as half the text before it is no column")
        #expect(strip("某县2023年法治政府建设年度报告 - 年度报告") == "某县2023年法治政府建设年度报告 - 年度报告",
                "without a site name cut first, a short segment is not taken for a column")
    }

    /// A dash-led line (a report's subtitle: the meeting it was given at) is never the layout's headline.
    @Test func dashLedSubtitleIsNoHeadline() throws {
        #expect(Cleaner.opensWithDash("——2024年1月18日在某县第十九届人民代表大会第四次会议上"))
        #expect(Cleaner.opensWithDash(" —在区第五届人大三次会议上"))
        #expect(!Cleaner.opensWithDash("政府工作报告"))
        #expect(!Cleaner.opensWithDash("2024年政府工作报告——某县人民政府"), "a dash inside a headline is no lead")
        let cleaner = try CleanFixtures.cleaner()
        let html = """
        <html><head><title>政府工作报告_某县人民政府</title></head><body>
        <div class="box"><div>政府工作报告</div>
        <div>——2024年1月18日在某县第十九届人民代表大会第四次会议上</div>
        <div>2024年1月22日　来源：某县人民政府</div>
        <div class="text"><p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议。全县地区生产总值完成128.6亿元，增长6.1%。</p>
        <p>过去一年，我们坚持稳中求进，一般公共预算收入完成7.42亿元，增长11.3%，民生支出占比达到80.2%。</p></div></div>
        </body></html>
        """
        let result = try cleaner.clean(Array(html.utf8), record: CleanFixtures.record("a.html"))
        #expect(result.page.articleTitle == nil || result.page.articleTitle == "政府工作报告",
                "\(String(describing: result.page.articleTitle))")
        // The subtitle in a box whose class names a title (`subtitle`) is no headline candidate either.
        let boxed = html.replacingOccurrences(of: "<div>——", with: "<p class=\"subtitle\">——")
            .replacingOccurrences(of: "会议上</div>", with: "会议上</p>")
        let second = try cleaner.clean(Array(boxed.utf8), record: CleanFixtures.record("b.html"))
        #expect(second.page.articleTitle == nil || second.page.articleTitle == "政府工作报告",
                "\(String(describing: second.page.articleTitle))")
    }

    /// A date line with the weekday (`2024年1月22日 星期一`, with fields after it or alone) is page information;
    /// a sentence that opens with such a date, and a signature's date, stay.
    @Test func weekdayDateLinesAreInfo() throws {
        let filter = try Cleaner(config: CleanConfig()).lineFilter
        #expect(filter.rule(for: "2024年1月22日 星期一　来源：某县人民政府") != nil)
        #expect(filter.rule(for: "2024-03-05 10:23 周二 来源：区司法局") != nil)
        #expect(filter.rule(for: "2024年3月5日 星期二") != nil)
        #expect(filter.rule(for: "[2024-03-05 星期二] 来源：县统计局") != nil)
        #expect(filter.rule(for: "2024年3月5日（星期二）上午，县政府召开常务会议研究部署春耕工作") == nil)
        #expect(filter.rule(for: "2024年1月22日") == nil, "a date alone may be the signature's")
    }
}
