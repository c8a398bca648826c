import Testing
@testable import GovReportsCore

/// The shared line rules: whole short chrome lines go, body sentences stay whatever words they use.
@Suite struct CleanLineRuleTests {
    /// Lines of our text fixture that are chrome, with the rule expected to remove each.
    static let chrome: [(String, String)] = [
        ("首页 > 信息公开 > 法治政府建设年度报告", "breadcrumb"),
        ("当前位置：首页 > 正文", "breadcrumb"),
        ("来源：柳塘街道办事处 发布日期：2024-02-20 浏览次数：56", "page-info"),
        ("字体：【大 中 小】", "font-size"),
        ("分享到：", "share"),
        ("分享", "share"),
        ("打印", "print-close"),
        ("【打印】【关闭】", "print-close"),
        ("扫一扫在手机打开当前页", "qr-prompt"),
        ("上一篇：柳塘街道2022年法治政府建设年度报告", "prev-next"),
        ("|", "separator"),
        ("责任编辑：林一", "editor"),
        ("版权所有：柳塘街道办事处 ICP备00000000号", "footer"),
    ]

    /// Body lines of the same fixture, including sentences that mention 分享 and 打印.
    static let body = [
        "柳塘街道2023年法治政府建设年度报告",
        "一、推进法治政府建设的主要举措",
        "（一）深化法治宣传。全年开展普法活动30余场，相关短视频被居民分享转发6.4万次。",
        "（二）规范行政执法。执法文书统一模板，当事人可现场打印执法决定书。",
        "二、下一年度工作安排",
        "继续加强执法队伍建设。",
        "柳塘街道办事处",
        "2024年2月18日",
    ]

    /// A text input loses exactly its chrome lines, each recorded with its rule, and keeps every body line.
    @Test func textInputKeepsBodyAndDropsChrome() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("report-with-chrome.txt"),
                                                    record: CleanFixtures.record("report-with-chrome.txt"))
        #expect(!doc.isHTML)
        let lines = doc.text.split(separator: "\n").map(String.init)
        #expect(lines == Self.body)
        #expect(doc.removed.map(\.line) == Self.chrome.map(\.0))
        #expect(doc.removed.map(\.rule) == Self.chrome.map(\.1))
        #expect(doc.page.published == "2024-02-20")
        #expect(doc.page.sourceLabel == "柳塘街道办事处")
    }

    /// Chrome words inside a body sentence never remove it.
    @Test func sentencesWithChromeWordsStay() throws {
        let filter = try Cleaner(config: CleanConfig()).lineFilter
        #expect(filter.rule(for: "本文被分享转发6.4万次。") == nil)
        #expect(filter.rule(for: "群众可在自助终端打印不动产登记证明。") == nil)
        #expect(filter.rule(for: "分享经验做法") == nil)
        #expect(filter.rule(for: "来源于群众的意见建议共126条，均已办结") == nil)
        #expect(filter.rule(for: "分享到：微信 微博 QQ空间") == "share")
        #expect(filter.rule(for: "扫一扫在手机打开当前页面") == "qr-prompt")
        #expect(filter.rule(for: "打印本页 关闭窗口") == "print-close")
        #expect(filter.rule(for: "【我要纠错】") == "print-close")
        #expect(filter.rule(for: "字号：大 中 小") == "font-size")
        #expect(filter.rule(for: "相关链接") == "related")
        #expect(filter.rule(for: "网站标识码：1234567890") == "footer")
        #expect(filter.rule(for: "关于我们县2023年度法治政府建设情况的报告") == nil)
        #expect(filter.rule(for: "（三）强化技术支持") == nil)
        #expect(filter.rule(for: "活动时间：5月12日上午") == nil)
        #expect(filter.rule(for: "时间：2023-05-12") == "page-info")
        #expect(filter.rule(for: "网站地图 | 联系我们 | 关于我们") == "footer")
    }

    /// The user's patterns remove whole matching lines under their own rule ids.
    @Test func userPatternsAreApplied() throws {
        let cleaner = try CleanFixtures.cleaner(CleanConfig(chromeLinePatterns: ["本页完(（.*）)?"]))
        let text = "正文第一段，说明有关情况。\n本页完（共1页）\n正文第二段。\n"
        let doc = try cleaner.clean(Array(text.utf8), record: CleanFixtures.record("u.txt"))
        #expect(doc.text == "正文第一段，说明有关情况。\n正文第二段。")
        #expect(doc.removed == [RemovedLine(line: "本页完（共1页）", rule: "user-1", beforeLine: 1)])
    }

    /// A user pattern that does not compile fails the run's setup with a diagnostic naming it.
    @Test func badUserPatternIsRejected() {
        #expect(throws: CleanSetupError.self) {
            try Cleaner(config: CleanConfig(chromeLinePatterns: ["(unclosed"]))
        }
        #expect(throws: CleanSetupError.badContainerName("main text")) {
            try Cleaner(config: CleanConfig(contentContainers: ["main text"]))
        }
    }
}

/// A related-links list item that is only a site's name is chrome; a sentence naming a site is body.
@Suite struct SiteLinkLineTests {
    /// `西湖区人民政府门户网站` alone goes; the sentence mentioning 门户网站 stays.
    @Test func siteNameLineIsChrome() throws {
        let text = "2019年,我局通过区政府门户网站公开信息120条。\n相关链接:\n某区人民政府门户网站\n中国政府网"
        let record = FetchRecord(docID: "d", source: "d.txt", rawFile: "", fetchedAt: "", sha256: "", byteCount: 0)
        let doc = try Cleaner(config: CleanConfig()).clean(Array(text.utf8), record: record)
        #expect(doc.text.contains("通过区政府门户网站公开信息120条"))
        #expect(!doc.text.contains("某区人民政府门户网站"))
        #expect(!doc.text.contains("中国政府网"))
    }
}
