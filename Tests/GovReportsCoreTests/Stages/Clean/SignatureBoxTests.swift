import Testing
@testable import GovReportsCore

/// A box after the body's editor box that holds only the signature (signer lines over a written date) is body: it
/// was left out with the page chrome, and the signed date and signer were lost. A dated box with a label, links, a
/// numeric date, a phone number, a line that does not end like an agency, or one after a box of other text, stays
/// out. Invented pages.
@Suite struct SignatureBoxTests {
    /// The clean stage's output for `html`.
    static func clean(_ html: String) throws -> CleanedDocument {
        try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("a.html"))
    }

    /// An old table-layout page: the `<div id="zoom">` body, then `after` in the same cell.
    static func page(_ after: String) -> String {
        """
        <html><head><meta charset="utf-8"><title>某县司法局2023年法治政府建设年度报告-某县人民政府</title></head><body>
        <table><tr><td class="nav"><a>首页</a><a>政务公开</a></td></tr><tr><td>
        <div id="zoom"><font size="3">&nbsp;&nbsp;2023年，某县司法局深入推进法治政府建设，现将有关情况报告如下。<br />
        &nbsp;&nbsp;全年审核规范性文件14件，办理法律援助案件394件，调解矛盾纠纷1872件。<br />
        &nbsp;&nbsp;基层法治力量相对薄弱，法治宣传的针对性还需增强。<br /></font></div>
        \(after)
        </td></tr></table><div class="foot">主办单位：某县人民政府办公室</div></body></html>
        """
    }

    /// One signer or two over a written date (digits or Chinese numerals), in a right-aligned `<div>` or `<p>`s:
    /// kept as the body's last lines.
    @Test func signatureBoxIsBody() throws {
        let boxes: [(String, [String])] = [
            ("<div align=\"right\"><font size=\"3\">某县司法局<br />2024年1月24日&nbsp;&nbsp;&nbsp;&nbsp;</font></div>",
             ["某县司法局", "2024年1月24日"]),
            ("<div style=\"text-align:right\"><p>中共某县委全面依法治县委员会办公室</p><p>某县司法局</p><p>二〇二四年一月二十四日</p></div>",
             ["中共某县委全面依法治县委员会办公室", "某县司法局", "二〇二四年一月二十四日"]),
            ("<p align=\"right\">某县司法局</p><p align=\"right\">2024年1月24日</p>", ["某县司法局", "2024年1月24日"]),
        ]
        for (box, lines) in boxes {
            let cleaned = try Self.clean(Self.page(box))
            let body = cleaned.text.split(separator: "\n").map { String($0) }
            #expect(Array(body.suffix(lines.count)) == lines, "\(box)")
        }
    }

    /// Dated boxes that are no signature stay out of the body.
    @Test func otherDatedBoxesStayOut() throws {
        let boxes: [(String, String)] = [
            ("<div class=\"x\">信息来源：某县司法局<br />发布日期：2024年1月26日</div>", "发布日期"),
            ("<div class=\"x\"><a>某县司法局2022年法治政府建设年度报告</a><br />2024年1月24日</div>", "2022年法治政府建设"),
            ("<div class=\"x\">某县司法局<br />2024-01-24</div>", "2024-01-24"),
            ("<div class=\"x\">联系电话0312-1234567<br />2024年1月24日</div>", "联系电话"),
            ("<div class=\"x\">本页面内容由某县司法局负责维护<br />2024年1月24日</div>", "负责维护"),
            ("<div class=\"x\">某县司法局<br />张某某<br />2024年1月24日</div>", "张某某"),
            ("<p align=\"right\">某县司法局</p><p align=\"right\">发布日期：2024年1月24日</p>", "发布日期"),
            ("<p>某县司法局</p><p><a>上一篇：某县司法局2022年度报告</a></p><p>2024年1月24日</p>", "上一篇"),
            ("<div class=\"x\">某县司法局<br />地址某县某路<br />邮编某某<br />传真某某<br />2024年1月24日</div>", "地址某县某路"),
        ]
        for (box, marker) in boxes {
            let cleaned = try Self.clean(Self.page(box))
            #expect(!cleaned.text.contains(marker), "\(box)")
        }
        // Behind a box of other text the search has stopped: the signature stays out too (no guess past chrome).
        let behind = try Self.clean(Self.page("<div class=\"x\">打印本页　关闭窗口　返回顶部　收藏本页　分享到微信</div><div align=\"right\">某县司法局<br />2024年1月24日</div>"))
        #expect(!behind.text.contains("2024年1月24日"))
    }
}
