import Foundation
import Testing
@testable import GovReportsCore

/// The round-3 clean mechanisms one by one, with the cases that must not fire: dates in a page's address,
/// embedded-document addresses, placeholder header values, and bare date lines with a short tail.
@Suite struct CleanRound3MechanismTests {
    @Test("a full date in an address path is read; a month folder, an id or a query number is not")
    func urlDates() {
        #expect(URLDate.date(in: "http://www.x.gov.cn/art/2024/3/5/art_1234_56789.html") == "2024-03-05")
        #expect(URLDate.date(in: "https://x.gov.cn/zwgk/202403/t20240305_4567.html") == "2024-03-05")
        #expect(URLDate.date(in: "http://x.gov.cn/news/2024-03-05/123.html") == "2024-03-05")
        #expect(URLDate.date(in: "http://x.gov.cn/news/20240305/123.html") == "2024-03-05")
        #expect(URLDate.date(in: "http://x.gov.cn/zwgk/202403/art_88.html") == nil, "a month folder is no date")
        #expect(URLDate.date(in: "http://x.gov.cn/info/20240305.html") == nil, "an 8-digit file name may be an id")
        #expect(URLDate.date(in: "http://x.gov.cn/art/2024/13/5/a.html") == nil, "month 13")
        #expect(URLDate.date(in: "http://x.gov.cn/show?id=20240305") == nil, "query numbers are ids")
        #expect(URLDate.date(in: "http://20240305.example.cn/a.html") == nil, "the host is not the path")
    }

    @Test("embedded documents are named by src or data, quoted or bare, in page order; others are not")
    func embeddedSources() {
        let page = Array("""
        <div><img src="a.png"><IFRAME width=1 SRC='/f/a.pdf'></IFRAME><embed type="application/pdf" src=/f/b.pdf>
        <object data-src="x" data="/f/c.pdf"></object><iframe></iframe><iframes src="no"></div>
        """.utf8)
        #expect(EmbeddedDocumentScanner.sources(in: page) == ["/f/a.pdf", "/f/b.pdf", "/f/c.pdf"])
        #expect(EmbeddedDocumentScanner.sources(in: Array("<p>没有嵌入</p><img src=\"a.png\">".utf8)).isEmpty)
    }

    @Test("body-embedded only for a thin body")
    func embeddedOnlyForThinBody() {
        let markup = Array("<iframe src=\"/f/a.pdf\"></iframe>".utf8)
        let thin = Cleaner.embeddedBodyDiagnostic(kept: ["下载"], markup: markup)
        #expect(thin?.code == .bodyEmbedded)
        #expect(thin?.message.contains("/f/a.pdf") == true)
        let prose = String(repeating: "本年度全县共办理行政复议案件若干件。", count: 10)
        #expect(Cleaner.embeddedBodyDiagnostic(kept: [prose], markup: markup) == nil)
    }

    @Test("a header value that only says none fills no field; a real value does")
    func placeholders() {
        #expect(HeaderTable.isPlaceholder("无"))
        #expect(HeaderTable.isPlaceholder("——"))
        #expect(HeaderTable.isPlaceholder("/"))
        #expect(!HeaderTable.isPlaceholder("湘政发〔2024〕3号"))
        #expect(!HeaderTable.isPlaceholder("无锡市人民政府"), "a name starting with 无 is a value")
        #expect(HeaderTable.resolved(["docNumber": "无", "issuer": "某县人民政府"]) == ["issuer": "某县人民政府"])
    }

    @Test("a bare date line may end in a counter without colon or one short word; not in a sentence")
    func bareDateTails() {
        let m = PageMetadataExtractor()
        #expect(m.firstDate(m.bareDate, in: "2024-03-05　桃源县财政局") == "2024-03-05")
        #expect(m.firstDate(m.bareDate, in: "2024-03-05阅读 1536") == "2024-03-05")
        #expect(m.firstDate(m.bareDate, in: "2024-03-05 阅读：1536") == "2024-03-05")
        #expect(m.firstDate(m.bareDate, in: "2024年3月5日 县政府召开常务会议，研究部署春耕工作") == nil)
        #expect(m.firstDate(m.bareDate, in: "2024年3月5日 上午 县政府召开会议") == nil, "two words is a sentence start")
    }
}

/// The outside-body budget on a page whose mega-menu alone passes it: the record keeps the lines nearest the body.
@Suite struct OutsideBodyBudgetTests {
    @Test("a mega-menu over the budget loses its top, not the breadcrumb, headline and date line above the article")
    func megaMenuKeepsLinesNearBody() throws {
        let file = CleanUnseenLayoutsTests.folder.appendingPathComponent("u98-mega-menu-before-title.html")
        let result = try CleanUnseenLayoutsTests.pipeline.run(file: file)
        let outside = result.cleaned.outside
        #expect(outside.truncated, "the menu is over the budget")
        let before = outside.blocks.filter { $0.place == .before }.flatMap(\.lines)
        #expect(before.contains { $0.hasPrefix("当前位置") }, "breadcrumb: \(before.suffix(4))")
        #expect(before.contains { $0.hasPrefix("发布时间：2024-03-05") }, "date line: \(before.suffix(4))")
        #expect(!before.contains("机构概况"), "the menu's top is what goes")
        let chars = before.reduce(0) { $0 + $1.unicodeScalars.count }
        #expect(chars <= OutsideBody.maxRecordedScalarsPerSide)
    }
}
