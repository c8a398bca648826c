import Foundation
import Testing
@testable import GovReportsCore

/// Content selection, chrome removal and metadata capture on our own HTML fixtures.
@Suite struct CleanHTMLTests {
    /// A TRS page: container text kept, chrome around and inside it dropped, metadata captured first.
    @Test func trsPageKeepsBodyAndMetadata() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("gb2312-page.html"),
                                                    record: CleanFixtures.record("gb2312-page.html"))
        #expect(doc.isHTML)
        #expect(doc.page.htmlTitle == "青禾县民政局2023年度法治政府建设情况报告")
        #expect(doc.page.siteName == "青禾县人民政府")
        #expect(doc.page.published == "2024-01-15")
        #expect(doc.page.sourceLabel == "县民政局")
        let lines = doc.text.split(separator: "\n").map { CleanFixtures.fold(String($0)) }
        #expect(lines.first == "2023年,青禾县民政局在县委、县政府的领导下,扎实推进法治政府建设,现将有关情况报告如下。")
        #expect(lines.contains { $0.contains("相关政策解读被群众分享转发1.2万次。") })
        #expect(lines.contains { $0.contains("办事指南均提供打印版本,在窗口免费发放。") })
        #expect(lines.last == "2024年1月12日")
        for chrome in ["当前位置", "分享到", "扫一扫", "版权所有", "打印本页", "浏览次数"] {
            #expect(!doc.text.contains(chrome), "\(chrome) reached the body")
        }
        #expect(doc.removed.contains(RemovedLine(line: "【打印本页】【关闭窗口】", rule: "print-close")))
    }

    /// Each line of a `<pre>` block is its own paragraph (this once trapped: the line buffer was read while written).
    @Test func preformattedLinesAreParagraphs() throws {
        let page = "<html><body><div class=\"TRS_Editor\"><p>全年办理行政许可120件。</p>"
            + "<pre>一、受理复议申请12件。\n  二、审结10件。\n\n三、纠错2件。</pre></div></body></html>"
        let doc = try CleanFixtures.cleaner().clean(Array(page.utf8), record: CleanFixtures.record("pre.html"))
        #expect(doc.text == "全年办理行政许可120件。\n一、受理复议申请12件。\n二、审结10件。\n三、纠错2件。")
    }

    /// Without a known container, the densest block wins over link lists, with a warning.
    @Test func densityFallbackFindsTheArticle() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("density-page.html"),
                                                    record: CleanFixtures.record("density-page.html"))
        #expect(doc.text.contains("2022年，全区共收到行政复议申请58件，依法受理51件，审结49件，纠错率为12.2%。"))
        #expect(doc.text.contains("下一步，区司法局将进一步畅通复议渠道，全面提升行政复议公信力。"))
        for chrome in ["法律法规库", "机构概况", "网站地图", "发布日期"] {
            #expect(!doc.text.contains(chrome), "\(chrome) reached the body")
        }
        #expect(doc.page.published == "2023-03-06")
        #expect(doc.page.htmlTitle == "南溪区2022年行政复议工作情况通报")
        #expect(doc.diagnostics.contains { $0.code == .contentByDensity && $0.stage == .clean })
    }

    /// A bare page (paragraphs in `<body>`, a `<form>` wrapper, link lists) keeps its prose and drops the link lines.
    @Test func barePageDropsLinkListsKeepsProse() throws {
        let html = """
        <html><body><form id="form1"><ul><li><a href="/">首页</a></li><li><a href="/jg">机构概况</a></li></ul>
        <p>区民政局2023年工作总结如下。</p><p>一、主要工作</p><p>全年办理低保审批120件，发放救助金300万元。</p>
        <p>二、下一步打算</p><p>继续做好民政各项工作。</p><div>网站地图 | 联系我们</div><div>版权所有：某区人民政府</div>
        </form></body></html>
        """
        let doc = try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("bare.html"))
        #expect(doc.text == "区民政局2023年工作总结如下。\n一、主要工作\n全年办理低保审批120件，发放救助金300万元。\n二、下一步打算\n继续做好民政各项工作。")
        #expect(doc.removed.map(\.rule) == ["link-line", "link-line", "footer", "footer"])
    }

    /// A `.txt` source that is really markup is parsed as HTML; text that merely starts with `<` is not.
    @Test func htmlIsRecognisedByContent() throws {
        let cleaner = try CleanFixtures.cleaner()
        let markup = "<html><body><div class=\"content\"><p>正文第一段。</p></div></body></html>"
        let page = try cleaner.clean(Array(markup.utf8), record: CleanFixtures.record("saved.txt"))
        #expect(page.isHTML && page.text == "正文第一段。")
        let text = "<一>主要举措\n正文第一段。\n"
        let plain = try cleaner.clean(Array(text.utf8), record: CleanFixtures.record("report.txt"))
        #expect(!plain.isHTML && plain.text == "<一>主要举措\n正文第一段。")
    }

    /// Site names after `_`, `-` or `|` leave the `<title>`; dashes inside the article title stay.
    @Test func titleLosesSiteSuffixOnly() throws {
        let extractor = PageMetadataExtractor()
        let strip = { (raw: String) in extractor.stripSiteSuffix(raw, siteName: nil, column: nil).title }
        #expect(strip("关于印发某方案的通知_某某市人民政府") == "关于印发某方案的通知")
        #expect(strip("某区2023年工作总结 | 政务动态") == "某区2023年工作总结")
        #expect(strip("1-10月德清县固定资产投资结构趋稳趋优") == "1-10月德清县固定资产投资结构趋稳趋优")
        #expect(strip("某县2022年法治政府建设年度报告-中国某某网") == "某县2022年法治政府建设年度报告")
    }

    /// The user's container names are tried before everything else.
    @Test func userContainerIsPreferred() throws {
        let cleaner = try CleanFixtures.cleaner(CleanConfig(contentContainers: ["wenzhang"]))
        let doc = try cleaner.clean(try CleanFixtures.own("density-page.html"), record: CleanFixtures.record("density-page.html"))
        #expect(!doc.warnings.contains { $0.contains("density") })
        #expect(doc.text.contains("共23件"))
    }

    /// Block elements become lines, table cells are tab-separated, and whitespace runs collapse.
    @Test func linearizesParagraphsAndCells() throws {
        let html = """
        <html><body><div class="content"><h2>一、 基本 情况</h2><p>第一段
        文字。<br>第二行。</p><table><tr><td>项目</td><td>数量</td></tr><tr><td>行政复议</td><td>58件</td></tr></table>
        <ul><li>第一项</li><li>第二项</li></ul></div></body></html>
        """
        let doc = try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("t.html"))
        #expect(doc.text == "一、 基本 情况\n第一段 文字。\n第二行。\n项目\t数量\n行政复议\t58件\n第一项\n第二项")
    }

    /// A date-only line nearest the content is the page date, not a date shown in the site header.
    @Test func pageDateIsTheOneNearestTheContent() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>通知</title></head><body>
        <div class="riqi">2024年3月20日</div>
        <div class="xinxi"><span>2023-12-01 14:43</span></div>
        <div class="TRS_Editor"><p>各单位：现将有关事项通知如下，请认真贯彻执行。</p></div></body></html>
        """
        let doc = try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("d.html"))
        #expect(doc.page.published == "2023-12-01")
        #expect(doc.text == "各单位：现将有关事项通知如下，请认真贯彻执行。")
    }

    /// A byte-order mark is skipped and decides the charset.
    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("正文一行。\n".utf8)
        let doc = try CleanFixtures.cleaner().clean(bytes, record: CleanFixtures.record("bom.txt", hint: nil))
        #expect(doc.encoding == "utf-8")
        #expect(doc.text == "正文一行。")
    }

    /// One cleaner serves many threads at once with identical results.
    @Test func cleanerIsSafeAcrossThreads() throws {
        let cleaner = try CleanFixtures.cleaner()
        let inputs = try ["gb2312-page.html", "meta-after-title.html", "density-page.html"].map { ($0, try CleanFixtures.own($0)) }
        let expected = try inputs.map { try cleaner.clean($0.1, record: CleanFixtures.record($0.0)) }
        let results = CleanResultBox(count: 48)
        DispatchQueue.concurrentPerform(iterations: 48) { i in
            let (name, bytes) = inputs[i % inputs.count]
            results.set(i, try? cleaner.clean(bytes, record: CleanFixtures.record(name)))
        }
        for i in 0..<48 { #expect(results.get(i) == expected[i % inputs.count]) }
    }
}
