import Testing
@testable import GovReportsCore

/// A download, click or view counter after an attached file's name is cut and the name kept; a note that is no
/// counter, a counter after no file name, and a sentence's brackets stay. Invented file names.
@Suite struct AttachmentCounterTests {
    /// Counters in every bracket and label form the class covers, unbracketed after a space, and as the last clause
    /// of a longer note (the rest of the note stays).
    @Test func countersAreCut() throws {
        let cases: [(String, String, String)] = [
            ("统计公报（PDF版）.pdf（下载次数：57）", "统计公报（PDF版）.pdf", "（下载次数：57）"),
            ("1.重点任务完成情况表.xlsx（下载：23次）", "1.重点任务完成情况表.xlsx", "（下载：23次）"),
            ("2.行政执法统计表.doc [点击数：118]", "2.行政执法统计表.doc", "[点击数：118]"),
            ("3.法律顾问工作情况.pdf【浏览次数:46】", "3.法律顾问工作情况.pdf", "【浏览次数:46】"),
            ("附件：申报指南.DOCX(已下载1203次)", "附件：申报指南.DOCX", "(已下载1203次)"),
            ("附件2：汇总表.wps （阅读量 ８）", "附件2：汇总表.wps", "（阅读量 ８）"),
            ("名单.ofd 下载次数：5", "名单.ofd", "下载次数：5"),
            ("清单.xls（23.5KB）（点击量：7）", "清单.xls（23.5KB）", "（点击量：7）"),
            ("表格.pptx〔累计访问人次：12〕", "表格.pptx", "〔累计访问人次：12〕"),
            ("法治工作总结.doc 已下载 8 次", "法治工作总结.doc", "已下载 8 次"),
            ("执法统计表.xls （大小：26KB，下载次数：15）", "执法统计表.xls （大小：26KB）", "，下载次数：15"),
            ("执法统计表.xls（共3页 | 浏览量:7）", "执法统计表.xls（共3页）", " | 浏览量:7"),
            ("名单.doc（，下载次数：5）", "名单.doc", "（，下载次数：5）"),
            ("执法统计表.xls（26KB 点击 5）", "执法统计表.xls（26KB）", " 点击 5"),
        ]
        for (line, kept, counter) in cases {
            let cut = try #require(AttachmentCounter.cut(line), "\(line)")
            #expect(cut.kept == kept, "\(line)")
            #expect(cut.counter == counter, "\(line)")
        }
    }

    /// Lines the rule must leave alone: a size note, a counter after no file name, a sentence's bracketed count, a
    /// counter word inside the name, a note too long to be a note, a number with
    /// no counter word.
    @Test func otherLinesStay() {
        let others = [
            "清单.WPS(23.5KB)",
            "附件2：表格.XLS [ 12 KB ]",
            "全年共办理法律援助案件876件（其中刑事案件312件）",
            "工作情况说明（下载次数：57）",
            "下载次数统计表.xlsx",
            "统计表.xls（大小：26KB）（共3页，详见说明）",
            "统计表.xls（本表请于2024年1月31日前填写完毕并报送至县政府办公室，下载次数：5）",
            "报告.pdf（第2版）",
            "报告.pdf（2024）",
            "本年度网站总访问量1203万次",
            "开展矛盾纠纷排查（每月1次）共计12次",
            "下载次数：57",
            "",
        ]
        for line in others { #expect(AttachmentCounter.cut(line) == nil, "\(line)") }
    }

    /// A file line whose note holds a counter `cut` leaves whole gets a `chrome-like-line-kept` note; a cut one, a
    /// size note and a sentence do not.
    @Test func uncutCounterIsNoted() throws {
        #expect(AttachmentCounter.holdsUncutCounter("名单.doc（2MB，本月下载5次，累计9）"))
        for line in ["名单.doc", "清单.WPS(23.5KB)", "全年网站累计访问量126万次", "工作情况说明（下载次数：57）"] {
            #expect(!AttachmentCounter.holdsUncutCounter(line), "\(line)")
        }
        let cleaner = try CleanFixtures.cleaner()
        let page = { (line: String) in """
            <html><head><title>某县司法局2023年度法治政府建设情况报告</title></head><body>
            <div class="content"><p>全年共办理法律援助案件876件，挽回经济损失1093.6万元。</p>
            <p>各级人民调解组织调解纠纷3142件，调解成功率99.1%。</p><p>附件：</p><p>\(line)</p></div></body></html>
            """ }
        let whole = try cleaner.clean(Array(page("<a href=\"/a.doc\">名单.doc</a>（2MB，本月下载5次，累计9）").utf8),
                                      record: CleanFixtures.record("a.html"))
        #expect(whole.text.contains("本月下载5次"))
        #expect(whole.diagnostics.contains { $0.code == .chromeLikeLineKept && $0.message.contains("名单.doc") })
        let cut = try cleaner.clean(Array(page("<a href=\"/a.doc\">名单.doc</a>（下载次数：5）").utf8),
                                    record: CleanFixtures.record("a.html"))
        #expect(!cut.diagnostics.contains { $0.code == .chromeLikeLineKept })
    }

    /// In a page, the attachment lines stay in the body without their counters, the counters are recorded as
    /// removed, and a body sentence with a bracketed count keeps it.
    @Test func pageKeepsNamesWithoutCounters() throws {
        let cleaner = try CleanFixtures.cleaner()
        let html = """
        <html><head><title>某县司法局2023年度法治政府建设情况报告</title></head><body>
        <div class="content"><p>全年共办理法律援助案件876件（其中刑事案件312件），挽回经济损失1093.6万元。</p>
        <p>各级人民调解组织调解纠纷3142件，调解成功率99.1%。</p>
        <p>附件：</p>
        <p>1.<a href="/a1.xlsx">重点任务完成情况表.xlsx</a>（下载：23次）</p>
        <p>2.<a href="/a2.doc">行政执法统计表.doc</a> [点击数：118]</p></div>
        </body></html>
        """
        let result = try cleaner.clean(Array(html.utf8), record: CleanFixtures.record("a.html"))
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("1.重点任务完成情况表.xlsx"))
        #expect(lines.contains("2.行政执法统计表.doc"))
        #expect(lines.contains { $0.contains("（其中刑事案件312件）") })
        #expect(!result.text.contains("下载") && !result.text.contains("点击数"))
        let cut = result.removed.filter { $0.rule == AttachmentCounter.rule }.map(\.line)
        #expect(cut == ["（下载：23次）", "[点击数：118]"])
    }
}
