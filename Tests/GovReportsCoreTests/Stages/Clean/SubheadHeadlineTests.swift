import Testing
@testable import GovReportsCore

/// An unmarked `<h2>` above the body is the headline when nothing else names the article; sidebar box headings,
/// the body's own section headings, an `<h2>` below the body's start, a numbered heading and a dash-led subtitle
/// are not. Invented pages.
@Suite struct SubheadHeadlineTests {
    /// The body every page shares: prose with sentences, numbers and a numbered part.
    static let body = """
    <div class="txt"><p>2023年，某县民政局认真落实法治政府建设各项任务，现将有关情况报告如下。</p>
    <p>一、主要成效。全年办理行政许可事项86件，开展普法宣传活动12场次，发放宣传资料3200余份。</p>
    <p>二、存在问题。基层执法力量仍显不足。</p></div>
    """

    /// The clean stage's page metadata and diagnostics for `html`.
    static func clean(_ html: String) throws -> CleanedDocument {
        try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("a.html"))
    }

    /// Under a site-only `<title>` with the date below the body, and under a `<title>` naming only a channel, the
    /// `<h2>` is the title, with a `title-from-layout` note; a `<title>` naming the article agrees with it.
    @Test func headlineH2IsTheTitle() throws {
        let headline = "某县民政局2023年法治政府建设年度报告"
        for title in ["某县人民政府门户网站", "信息公开", headline + "_某县人民政府"] {
            let page = """
            <html><head><meta charset="utf-8"><title>\(title)</title></head><body>
            <div class="top"><a>首页</a><a>政务公开</a></div>
            <div class="wrap"><div class="cont"><h2>\(headline)</h2><div class="src">来源：县民政局</div>
            \(Self.body)<div class="date">发布时间：2024-02-05</div></div></div></body></html>
            """
            let result = try Self.clean(page)
            #expect(result.page.articleTitle == headline, "\(title)")
        }
        let siteOnly = try Self.clean("""
        <html><head><title>某县人民政府门户网站</title></head><body><div class="cont"><h2>\(headline)</h2>\(Self.body)</div></body></html>
        """)
        #expect(siteOnly.diagnostics.contains { $0.code == .titleFromLayout })
        // Inside the body's box, as its only `<h2>` and its first text, it is the headline too.
        let inside = try Self.clean("""
        <html><head><title>某县人民政府</title></head><body><article><h2>\(headline)</h2>
        <h3>一、主要成效</h3><p>全年办理行政许可事项86件，开展普法宣传活动12场次。</p><p>基层执法力量仍显不足。</p></article></body></html>
        """)
        #expect(inside.page.articleTitle == headline)
    }

    /// Sidebar boxes of links under `<h2>`s, section headings of the body, an `<h2>` after the body's first text,
    /// a numbered or dash-led `<h2>` and a short box name are never taken for the headline.
    @Test func otherH2sAreNot() throws {
        let sidebar = try Self.clean("""
        <html><head><title>某县人民政府门户网站</title></head><body><div class="wrap">
        <div class="side"><h2>政务公开专栏目录</h2><ul><li><a>政府信息公开指南</a></li><li><a>政府信息公开制度</a></li>
        <li><a>政府信息公开年报</a></li></ul><h2>部门信息公开目录</h2><ul><li><a>县发改局</a></li><li><a>县民政局</a></li></ul></div>
        <div class="cont"><div>某县民政局2023年法治政府建设年度报告</div>\(Self.body)</div></div></body></html>
        """)
        #expect(sidebar.page.articleTitle != "政务公开专栏目录" && sidebar.page.articleTitle != "部门信息公开目录")
        let sections = try Self.clean("""
        <html><head><title>某县人民政府门户网站</title></head><body><div class="txt"><h2>总体情况介绍</h2>
        <p>2023年，某县民政局认真落实法治政府建设各项任务，现将有关情况报告如下。</p><h2>主要工作成效</h2>
        <p>全年办理行政许可事项86件，开展普法宣传活动12场次。</p><h2>存在问题不足</h2><p>基层执法力量仍显不足。</p></div></body></html>
        """)
        #expect(sections.page.articleTitle == nil)
        let below = try Self.clean("""
        <html><head><title>某县人民政府门户网站</title></head><body><div class="wrap"><div class="cont">\(Self.body)</div>
        <div class="box"><h2>全县法治建设工作动态</h2><p>县司法局召开全县法治建设推进会。</p></div></div></body></html>
        """)
        #expect(below.page.articleTitle == nil)
        for h2 in ["一、总体情况介绍", "——在某县第十八届人民代表大会第四次会议上", "通知公告"] {
            let result = try Self.clean("""
            <html><head><title>某县人民政府门户网站</title></head><body><div class="cont"><h2>\(h2)</h2>\(Self.body)</div></body></html>
            """)
            #expect(result.page.articleTitle == nil, "\(h2)")
        }
    }

    /// A box whose class only abbreviates "title" (`tit`, `bt`) heads the body the same way: above the info bar,
    /// with a toolbar between it and the date, or under a `<title>` naming only a channel; a sidebar box of links
    /// with such a class, and a `btn` button, are not.
    @Test func headlineSlotByClass() throws {
        let headline = "某县司法局2023年法治政府建设年度报告"
        let pages = [
            "<html><head><title>某县人民政府门户网站</title></head><body><div class=\"crumb\">当前位置：首页 > 部门动态</div><div class=\"art\"><div class=\"art-info\">发布时间：2024-02-05　来源：县司法局</div><div class=\"tit\">\(headline)</div><div class=\"art-con\">\(Self.body)</div></div></body></html>",
            "<html><head><title>某县人民政府门户网站</title></head><body><div class=\"art\"><div class=\"tit\">\(headline)</div><div class=\"tool\">【字号：大 中 小】【打印】</div><div class=\"info\">发布时间：2024-02-05　来源：县司法局</div><div class=\"art-con\">\(Self.body)</div></div></body></html>",
            "<html><head><title>部门动态</title></head><body><div class=\"art\"><p class=\"bt\">\(headline)</p><div class=\"art-con\">\(Self.body)</div><div class=\"info\">发布时间：2024-02-05</div></div></body></html>",
        ]
        for page in pages { #expect(try Self.clean(page).page.articleTitle == headline, "\(page.prefix(120))") }
        let box = try Self.clean("""
        <html><head><title>某县人民政府门户网站</title></head><body><div class="wrap"><div class="box"><div class="tit">通知公告栏目列表</div>
        <ul><li><a>关于开展2024年普法宣传的通知</a></li><li><a>关于调整办公时间的公告</a></li></ul></div>
        <div class="cont"><div class="btn">点击下载全文附件</div>\(Self.body)</div></div></body></html>
        """)
        #expect(box.page.articleTitle == nil)
    }

    /// A page with an `<h1>` headline keeps it; the `<h2>` under it (a subtitle or a first heading) is not read.
    @Test func h1StillWins() throws {
        let result = try Self.clean("""
        <html><head><title>某县人民政府门户网站</title></head><body><div class="cont"><h1>某县民政局2023年法治政府建设年度报告</h1>
        <h2>某县民政局法治政府建设工作领导小组</h2>\(Self.body)</div></body></html>
        """)
        #expect(result.page.articleTitle == "某县民政局2023年法治政府建设年度报告")
    }
}
