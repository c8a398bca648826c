import Foundation
import Testing
@testable import GovReportsCore

/// The mechanisms of blind round 3 (bc3) one by one, each with the case that must not fire: a body inside
/// `<iframe srcdoc>`, a page that is only frames, a date only in `<time datetime>`, the masthead clock's date, and a
/// view counter named only by its element.
@Suite struct CleanBlindRound3MechanismTests {
    /// A page shell around `body` (UTF-8 bytes).
    static func page(_ body: String, title: String = "县水利局2023年度工作总结") -> [UInt8] {
        Array("<html><head><meta charset=\"utf-8\"><title>\(title)</title></head><body>\(body)</body></html>".utf8)
    }

    /// Two sentences of body text.
    static let prose = "<p>全年完成水利投资3.2亿元，新建和改造灌溉渠道46公里，农村自来水普及率达到93%。</p>"
        + "<p>全年开展河湖清四乱专项行动，清理违法占用河道问题27处，河湖面貌持续改善。</p>"

    /// Two more sentences, for a body that is not thin.
    static let more = "<p>全年新增高效节水灌溉面积1.8万亩，完成小型水库除险加固12座，山塘整治43口。</p>"
        + "<p>全年水旱灾害防御工作有力有序，汛期转移群众2300余人，未发生人员伤亡。</p>"

    @Test("srcdoc: entities decoded once, the inner body taken, a raw > inside quotes read as value")
    func srcdocSplice() throws {
        let markup = Array("""
        <p>外</p><IFRAME title="a>b" SRCDOC="&lt;html&gt;&lt;head&gt;&lt;title&gt;x&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;p&gt;甲&amp;amp;乙&#x4E19;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;">后备</iframe><p>尾</p>
        """.utf8)
        let out = try #require(SrcdocSplicer.spliced(markup))
        #expect(String(decoding: out, as: UTF8.self) == "<p>外</p><div><p>甲&amp;乙丙</p></div><p>尾</p>")
        #expect(SrcdocSplicer.spliced(Array("<iframe src=\"a.html\"></iframe><p>无</p>".utf8)) == nil)
        #expect(SrcdocSplicer.spliced(Array("<iframe srcdoc=\"\"></iframe>".utf8)) == nil, "an empty srcdoc is none")
        let raw = Array("<iframe srcdoc='<p class=\"k\">1 > 0</p>'></iframe>".utf8)
        #expect(String(decoding: try #require(SrcdocSplicer.spliced(raw)), as: UTF8.self) == "<div><p class=\"k\">1 > 0</p></div>")
    }

    @Test("a thin page reads its srcdoc body; a page with its own body ignores a srcdoc widget")
    func srcdocOnlyForThinBody() throws {
        let cleaner = try CleanFixtures.cleaner()
        let framed = Self.page("<h1>县水利局2023年度工作总结</h1><div>发布时间：2024-03-05</div>"
            + "<iframe srcdoc=\"" + Self.prose.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            + "\"></iframe>")
        let a = try cleaner.clean(framed, record: CleanFixtures.record("a.html"))
        #expect(a.text.contains("新建和改造灌溉渠道46公里"))
        #expect(a.diagnostics.contains { $0.code == .bodyFromSrcdoc })
        // A body of its own past the thin mark (`Cleaner.embeddedBodyMaxScalars`).
        let own = Self.page("<h1>县水利局2023年度工作总结</h1><div class=\"content\">" + Self.prose + Self.more + "</div>"
            + "<iframe srcdoc=\"&lt;p&gt;天气预报：晴转多云，气温十二度至二十度，东南风二级&lt;/p&gt;\"></iframe>")
        let b = try cleaner.clean(own, record: CleanFixtures.record("b.html"))
        #expect(!b.text.contains("天气预报"))
        #expect(!b.diagnostics.contains { $0.code == .bodyFromSrcdoc })
    }

    @Test("a page of frames only fails as body-embedded naming them; a page of chrome only is still no-content")
    func frameOnlyPage() throws {
        let cleaner = try CleanFixtures.cleaner()
        let frames = Array("<html><head><title>年度报告</title></head><frameset rows=\"80,*\"><frame src=\"top.html\"><frame src=\"/nb/2023.html\"></frameset></html>".utf8)
        #expect(throws: CleanError.bodyEmbedded(docID: "doc-f.html", source: "f.html", sources: ["top.html", "/nb/2023.html"])) {
            try cleaner.clean(frames, record: CleanFixtures.record("f.html"))
        }
        #expect(CleanError.bodyEmbedded(docID: "d", source: "s", sources: ["a"]).diagnosticCode == .bodyEmbedded)
        #expect(throws: CleanError.noContent(docID: "doc-only-chrome.html", source: "only-chrome.html")) {
            try cleaner.clean(try CleanFixtures.own("only-chrome.html"), record: CleanFixtures.record("only-chrome.html"))
        }
    }

    @Test("<time datetime>: the only day named, or the one marked pubdate / datePublished; disagreeing lists give nil")
    func timeElements() {
        #expect(TimeElementDate.date(in: Array("<time datetime=\"2024-03-05T09:30:00+08:00\"></time>".utf8)) == "2024-03-05")
        #expect(TimeElementDate.date(in: Array("<TIME class=a DATETIME='2024-03-05 09:30'>3天前</TIME><time datetime=\"2024-03-05\">".utf8)) == "2024-03-05")
        let list = "<time datetime=\"2024-02-20\">02-20</time><time datetime=\"2024-01-18\">01-18</time>"
        #expect(TimeElementDate.date(in: Array(list.utf8)) == nil, "a list of other articles names several days")
        #expect(TimeElementDate.date(in: Array((list + "<time pubdate datetime=\"2024-03-05\"></time>").utf8)) == "2024-03-05")
        #expect(TimeElementDate.date(in: Array((list + "<time itemprop=\"datePublished\" datetime=\"2024-03-06\">").utf8)) == "2024-03-06")
        let one = "<ul><li><a href=\"/n/1.html\">县图书馆推出少儿绘本专架</a><time datetime=\"2024-02-20\">02-20</time></li></ul>"
        #expect(TimeElementDate.date(in: Array(one.utf8)) == nil, "a list item's time dates that item, even alone")
        #expect(TimeElementDate.date(in: Array("<a href=\"/n/2.html\">标题<time datetime=\"2024-02-21\"></time></a>".utf8)) == nil)
        #expect(TimeElementDate.date(in: Array(("<p><time datetime=\"2024-03-05\"></time></p>" + one).utf8)) == "2024-03-05")
        #expect(TimeElementDate.date(in: Array("<time datetime=\"P3D\"></time><time datetime=\"2024-03\">".utf8)) == nil)
        #expect(TimeElementDate.date(in: Array("<time datetime=\"2024-13-05\"></time>".utf8)) == nil)
        #expect(TimeElementDate.date(in: Array("<timeline datetime=\"2024-03-05\"></timeline>".utf8)) == nil)
    }

    @Test("the masthead clock: a today-word anywhere, a weekday or lunar date above the headline; an info line stays")
    func pageClock() {
        let head = ["县水利局2023年度工作总结"]
        #expect(PageClock.withoutClockLines(["今日 2026年12月7日", "县水利局2023年度工作总结", "2024-03-05"], headlines: head)
            == ["县水利局2023年度工作总结", "2024-03-05"])
        #expect(PageClock.withoutClockLines(["2026年12月7日", "星期一", "县水利局2023年度工作总结"], headlines: head)
            == ["星期一", "县水利局2023年度工作总结"])
        #expect(PageClock.withoutClockLines(["2026年12月7日 星期一 农历十月廿八", "县水利局2023年度工作总结"], headlines: head)
            == ["县水利局2023年度工作总结"])
        // Below the headline a weekday is the article's own date line.
        #expect(PageClock.withoutClockLines(["县水利局2023年度工作总结", "2024年3月5日 星期二"], headlines: head)
            == ["县水利局2023年度工作总结", "2024年3月5日 星期二"])
        // An info line with its fields is the article's, wherever it stands.
        #expect(PageClock.withoutClockLines(["2024年03月05日 星期二 来源：县水利局", "县水利局2023年度工作总结"], headlines: head).count == 2)
        #expect(PageClock.namesWeekday("周日") && PageClock.namesWeekday("礼拜天") && !PageClock.namesWeekday("周年"))
    }

    @Test("end to end: a top bar's today date is no publication date; the article's weekday line is")
    func clockEndToEnd() throws {
        let cleaner = try CleanFixtures.cleaner()
        let today = Self.page("<div class=\"top\"><span>2026年12月7日</span> <span>星期一</span></div>"
            + "<h1>县水利局2023年度工作总结</h1><div class=\"content\">" + Self.prose + "</div>")
        #expect(try cleaner.clean(today, record: CleanFixtures.record("t.html")).page.published == nil)
        let both = Self.page("<div class=\"top\">今天是 2026年12月7日</div><h1>县水利局2023年度工作总结</h1>"
            + "<div>2024年3月5日 星期二</div><div class=\"content\">" + Self.prose + "</div>")
        #expect(try cleaner.clean(both, record: CleanFixtures.record("u.html")).page.published == "2024-03-05")
    }

    @Test("a counter named only by its element (class views / hits) is chrome; the body stays")
    func namedCounter() throws {
        let cleaner = try CleanFixtures.cleaner()
        let html = Self.page("<h1>县水利局2023年度工作总结</h1><div class=\"meta\"><span class=\"views\"><i></i>317</span></div>"
            + "<div class=\"content\">" + Self.prose + "</div>")
        let out = try cleaner.clean(html, record: CleanFixtures.record("v.html"))
        #expect(!out.text.contains("317"))
        #expect(out.text.contains("河湖面貌持续改善"))
    }

    /// A two-column page: the headline's column with a short notice, and a second column of `rest` (longer).
    static func columns(_ rest: String) -> [UInt8] {
        page("<div class=\"bd\"><div class=\"l\"><h1>关于调整部分公交线路的通知</h1><p>发布时间：2024-03-05</p>"
            + "<div><p>因道路施工，自3月8日起，2路公交车临时绕行建设路，沿途站点相应调整。</p><p>给市民出行带来不便，敬请谅解。</p></div></div>"
            + "<div class=\"r\">" + rest + "</div></div>", title: "关于调整部分公交线路的通知")
    }

    /// Prose long enough to outweigh the notice.
    static let profile = "<p>本县位于省境东南部，县域面积一千八百平方公里，辖八镇五乡，总人口约四十万人，境内山川秀美。</p>"
        + "<p>近年来，全县坚持生态优先、绿色发展，先后获评国家生态文明建设示范县和省级全域旅游示范区。</p>"
        + "<p>县内交通便捷，高速公路和国道穿境而过，距离省城约两个半小时车程，区位优势明显。</p>"

    @Test("a column of boxes with their own headings beside the headline's column is a sidebar; a continuation is not")
    func sidebarBoxes() throws {
        let cleaner = try CleanFixtures.cleaner()
        let sidebar = try cleaner.clean(Self.columns("<div><h4>县情简介</h4>" + Self.profile + "</div>"), record: CleanFixtures.record("s.html"))
        #expect(sidebar.text.contains("敬请谅解"))
        #expect(!sidebar.text.contains("县域面积"))
        // A numbered heading or a sentence opening the other column: the article's own continuation, kept.
        for rest in ["<div><h4>一、线路调整说明</h4>" + Self.profile + "</div>", Self.profile] {
            let kept = try cleaner.clean(Self.columns(rest), record: CleanFixtures.record("k.html"))
            #expect(kept.text.contains("敬请谅解") && kept.text.contains("县域面积"), "\(rest.prefix(20))")
        }
    }
}
