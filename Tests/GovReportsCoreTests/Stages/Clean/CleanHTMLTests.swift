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
        #expect(doc.warnings.contains { $0.contains("density") })
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
