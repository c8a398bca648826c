import Testing
@testable import GovReportsCore

/// A text that opens with a shared table header (clean lifted the title out): the header stays when the run at the
/// text's first line is wholly that header; a top bar still goes.
@Suite struct TemplateHeadTableTests {
    /// A made-up site's shared lines: a menu, a breadcrumb, a two-line table header and a footer.
    static let menu = "网站首页 部门概况 信息公开 公众参与"
    static let crumb = "您的位置：首页 > 信息公开"
    static let header = ["受理类别 本年 上年 增减"]
    static let footer = ["联系我们 网站地图", "版权所有 某某市某某局"]
    static let template = SiteTemplate(group: "g", lines: [menu, crumb] + header + footer, maxLineLength: 40)

    @Test func headerAtTheFirstLineStays() {
        let text = Self.header + ["合计 31 27 4", "本年度申请量较上年有所增加。"] + Self.footer
        let d = Self.template.decision(in: text)
        #expect(d.removals == [3, 4])
        #expect(d.keptTableLines == [0])
        #expect(d.diagnostic(in: text)?.code == .templateTableKept)
    }

    @Test func headerAtTheFirstLineOfALearnedSiteStays() throws {
        // Six reports that open with the shared header (the title lifted out), each with its own figures.
        let pages = (1...6).map { n in
            Self.header + ["合计 \(n + 20) \(n + 10) \(n)", "第\(n)期说明：本期数据为快报数。"] + Self.footer
        }
        let learned = try #require(TemplateLearner(config: TemplateConfig()).learn(group: "g", members: pages))
        for (k, page) in pages.enumerated() {
            let removed = learned.removals(in: page).map { page[$0] }
            #expect(removed == Self.footer, "page \(k + 1)")
        }
    }

    @Test func topBarAboveTheHeaderStillGoes() {
        // Bar and header in one run: the text alone cannot tell the menu from a header line, so the run goes whole
        // (the bar must not survive; the header's loss is the known limit).
        let text = [Self.menu, Self.crumb] + Self.header + ["合计 31 27 4", "正文一句。"]
        let d = Self.template.decision(in: text)
        #expect(d.removals.prefix(2) == [0, 1])
        withKnownIssue { #expect(d.removals == [0, 1]) }
        // A menu alone over the header: two lines, so both go (the header with it: the known limit).
        #expect(Self.template.decision(in: [Self.menu] + Self.header + ["合计 31 27 4"]).removals == [0, 1])
        // A breadcrumb is no header even alone: it holds a colon.
        #expect(Self.template.decision(in: [Self.crumb, "合计 31 27"]).removals == [0])
    }

    @Test func topBarOverAnIndexNumberGoes() {
        let text = [Self.menu, Self.crumb, "12", "正文一句。"]
        #expect(Self.template.decision(in: text).removals == [0, 1])
        // A menu over a one-cell row is no table either.
        #expect(Self.template.decision(in: [Self.menu, "2024", "正文。"]).removals == [0])
    }

    @Test func lineWiderThanTheRowIsNotItsHeader() {
        // A seven-item line over a three-figure row is a menu over data, not that row's header.
        let bar = "一 二 三 四 五 六 七"
        let t = SiteTemplate(group: "g", lines: [bar], maxLineLength: 40)
        #expect(t.decision(in: [bar, "1 2 3", "正文。"]).removals == [0])
        #expect(TemplateTableLines.cellCount(" 受理\t类别　申请 ") == 3)
    }
}
