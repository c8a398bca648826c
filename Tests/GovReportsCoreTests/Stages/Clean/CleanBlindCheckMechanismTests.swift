import Foundation
import Testing
@testable import GovReportsCore

/// The mechanisms the bc2 blind check added, each on lines that vary what it depends on and on the prose next to
/// it that must stay out.
@Suite struct CleanBlindCheckMechanismTests {
    @Test("an info line's fields may be joined by dots or bars, led by the organ, or glued to a clock time")
    func bareDateForms() {
        let m = PageMetadataExtractor()
        func date(_ line: String) -> String? {
            let probe = PageMetadataExtractor.blankingFieldSeparators(line)
            return m.firstDate(m.bareDate, in: probe) ?? m.firstDate(m.leadBareDate, in: probe)
        }
        #expect(date("2024年1月30日 · 县教育局 · 阅读 902") == "2024-01-30")
        #expect(date("2024-01-30 | 区民政局 | 浏览：31") == "2024-01-30")
        #expect(date("2024-02-03 10:22镇党政办阅读 1.1万") == "2024-02-03")
        #expect(date("桃源县统计局　　2024年03月12日　　【字体：大 中 小】") == "2024-03-12")
        #expect(date("2024/01/19") == "2024-01-19", "a slash inside a date is no separator")
        #expect(date("2024年3月5日 上午 县政府召开会议") == nil, "two words after the date are prose")
        #expect(date("县政府 2024年3月5日 召开会议") == nil, "a word on each side is prose")
        #expect(date("截至 2024年3月5日，全县共有企业1200家") == nil)
    }

    @Test("a 日期 header label is also read in its 时间 spelling, for date fields only")
    func headerTimeVariants() {
        let labels = HeaderTable.withTimeVariants(["成文日期": "written", "发布日期": "published", "索引号": "index_no"])
        #expect(labels["成文时间"] == "written")
        #expect(labels["发布时间"] == "published")
        #expect(labels.count == 5)
    }

    @Test("an info line holding a date and a counter goes, whatever joins its fields; prose with both stays")
    func infoLineRule() throws {
        let filter = try Cleaner(config: CleanConfig()).lineFilter
        #expect(filter.lineRule(for: "2024年1月30日 · 县教育局 · 阅读 902") != nil)
        #expect(filter.lineRule(for: "👁 阅读 356　🕒 2024-01-22　✎ 县水利局") != nil)
        #expect(filter.lineRule(for: "发布日期\t2024-01-30\t信息来源\t区司法局") != nil)
        #expect(filter.lineRule(for: "2024年1月30日，县图书馆阅读量达到12万人次。") == nil)
        #expect(filter.lineRule(for: "2023年全县开展全民阅读活动36场") == nil)
        #expect(filter.lineRule(for: "作者\t张某\t2024-01-30") == nil, "one labelled pair in a table row is data")
    }

    /// A page whose only date is printed after its article, in `foot`.
    static func page(foot: String) -> [UInt8] {
        Array(("<html><head><meta charset=\"utf-8\"><title>县林业局2023年工作总结</title></head><body>"
            + "<div class=\"nav\"><a href=\"#\">首页</a> <a href=\"#\">工作动态</a></div>"
            + "<h1>县林业局2023年工作总结</h1><div class=\"article-content\">"
            + "<p>2023年，县林业局完成人工造林1.2万亩，森林覆盖率达到62.3%。</p>"
            + "<p>全年查处涉林案件31起，森林防火形势总体平稳。</p>"
            + "<p>2024年，县林业局将持续推进国土绿化行动。</p></div>" + foot + "</body></html>").utf8)
    }

    @Test("a labelled date in the article's footer is the publication date; a bare date in a list below is not")
    func dateAfterBody() throws {
        let cleaner = try CleanFixtures.cleaner()
        let labelled = try cleaner.clean(Self.page(foot: "<div class=\"art-foot\">发布时间：2024年1月24日　编辑：某某</div>"),
                                         record: CleanFixtures.record("a.html"))
        #expect(labelled.page.published == "2024-01-24")
        let listed = try cleaner.clean(Self.page(foot: "<ul class=\"list\"><li><a href=\"#\">县林业局召开防火工作会</a> 2024-02-01</li></ul>"),
                                       record: CleanFixtures.record("b.html"))
        #expect(listed.page.published == nil, "a date beside another article's link is not this page's")
    }

    @Test("an icon before a control's words does not hide the control; an icon before prose keeps it")
    func iconLedControls() throws {
        let filter = try Cleaner(config: CleanConfig()).lineFilter
        #expect(filter.rule(for: "⬆ 返回顶部") != nil)
        #expect(filter.rule(for: "🖨 打印本页") != nil)
        #expect(filter.rule(for: "★ 全县粮食总产量达到21.6万吨") == nil)
        #expect(ChromeLineFilter.droppingLeadingIcons("返回顶部") == nil)
    }

    @Test("a breadcrumb of bracketed cells from the home link goes; bracketed body text stays")
    func bracketCrumb() throws {
        let filter = try Cleaner(config: CleanConfig()).lineFilter
        #expect(filter.rule(for: "〖首页〗〖政府信息公开〗〖计划总结〗") != nil)
        #expect(filter.rule(for: "[网站首页] [政务公开] [年度报告]") != nil)
        #expect(filter.rule(for: "【首页】改版后新增【政策解读】栏目") == nil)
    }
}
