import Testing
@testable import GovReportsCore

/// A page with no headline whose body opens with the first of several same-level section headings
/// (`<h2>主要工作及成效</h2>…<h2>存在的问题</h2>`): that heading is the first section's, not the title, so the page
/// has no title and the heading stays in the body (it was taken as the title and dropped from the body). A body
/// that opens with a title line, with one heading only, or with headings of different levels is read as before.
/// Invented pages.
@Suite struct SectionLeadHeadingTests {
    /// The whole chain for `html`.
    static func run(_ html: String) throws -> ChainResult {
        try CleanUnseenLayoutsTests.pipeline.run(Array(html.utf8), source: "a.html")
    }

    /// A page under a site-only `<title>` whose body box holds `inner`.
    static func page(_ inner: String) -> String {
        """
        <html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>
        <div class="nav"><a>首页</a><a>政务公开</a></div><div class="info">发布时间：2024-02-05　来源：县市场监管局</div>
        <div class="content">\(inner)</div><div class="foot">主办：某县人民政府办公室</div></body></html>
        """
    }

    /// Section paragraphs with sentences and numbers.
    static let first = "<p>2023年，某县市场监督管理局坚持依法行政，全年办理各类市场监管案件217件，罚没款金额286.4万元。</p>"
    /// The second section's paragraph.
    static let second = "<p>组织执法人员学法培训8次，参训320人次，执法能力持续提升。</p>"

    /// `<h2>`, `<h3>` or `<h4>` section headings, the first with an inline `<strong>`, or numbered: no title, the
    /// heading kept as body, a `title-section-heading` note.
    @Test func firstOfSeveralHeadingsIsNoTitle() throws {
        for (tag, heading) in [("h2", "主要工作及成效"), ("h3", "总体工作情况"), ("h4", "法治政府建设工作开展情况"),
                               ("h2", "<strong>主要工作及成效</strong>"), ("h3", "一、2023年工作情况")] {
            let plain = heading.replacingOccurrences(of: "<strong>", with: "").replacingOccurrences(of: "</strong>", with: "")
            let r = try Self.run(Self.page("<\(tag)>\(heading)</\(tag)>\(Self.first)<\(tag)>存在的问题</\(tag)>\(Self.second)"))
            #expect(r.cleaned.page.sectionLead == plain, "\(tag) \(heading)")
            #expect(r.extracted.metadata.title == nil, "\(tag) \(heading)")
            #expect(r.normalized.text.hasPrefix(plain), "\(tag) \(heading)")
            #expect(r.normalized.diagnostics.contains { $0.code == .titleSectionHeading }, "\(tag) \(heading)")
        }
    }

    /// A title line above the headings, a lone heading, a heading whose level no later heading shares, headings that
    /// are not the body's first text, and a page whose `<title>` names the article: the rule does not fire.
    @Test func otherHeadsAreReadAsBefore() throws {
        let titled = try Self.run(Self.page("<p>某县市场监督管理局2023年法治政府建设年度报告</p><h2>主要工作及成效</h2>\(Self.first)<h2>存在的问题</h2>\(Self.second)"))
        #expect(titled.cleaned.page.sectionLead == nil)
        #expect(titled.extracted.metadata.title == "某县市场监督管理局2023年法治政府建设年度报告")
        let mixed = try Self.run(Self.page("<h2>某县市场监督管理局2023年工作总结</h2>\(Self.first)<h3>存在的问题</h3>\(Self.second)<h3>下一步计划</h3>"))
        #expect(mixed.cleaned.page.sectionLead == nil)
        #expect(mixed.extracted.metadata.title == "某县市场监督管理局2023年工作总结")
        let prose = try Self.run(Self.page("\(Self.first)<h2>主要工作及成效</h2>\(Self.second)<h2>存在的问题</h2>"))
        #expect(prose.cleaned.page.sectionLead == nil)
        let named = try Self.run("""
        <html><head><meta charset="utf-8"><title>某县市场监督管理局2023年法治政府建设年度报告_某县人民政府</title></head><body>
        <div class="content"><h2>主要工作及成效</h2>\(Self.first)<h2>存在的问题</h2>\(Self.second)</div></body></html>
        """)
        #expect(named.extracted.metadata.title == "某县市场监督管理局2023年法治政府建设年度报告")
        #expect(named.normalized.text.hasPrefix("主要工作及成效"))
        #expect(!named.normalized.diagnostics.contains { $0.code == .titleSectionHeading })
    }

    /// The merger: a head that opens with the marked line gives no title; another first line, a page title, or no
    /// mark read as before.
    @Test func mergerHonoursTheMark() {
        let lines = ["总体情况介绍", "2023年，我局认真落实各项任务。", "存在问题"]
        let merger = TitleMerger()
        #expect(merger.merge(lines: lines, pageTitle: nil, sectionLead: "总体情况介绍").title == nil)
        #expect(merger.merge(lines: lines, pageTitle: nil, sectionLead: "总体情况介绍").body == lines)
        #expect(merger.merge(lines: lines, pageTitle: nil).title == "总体情况介绍")
        #expect(merger.merge(lines: lines, pageTitle: nil, sectionLead: "存在问题").title == "总体情况介绍")
        #expect(merger.merge(lines: lines, pageTitle: "某局2023年工作总结", sectionLead: "总体情况介绍").title == "某局2023年工作总结")
    }
}
