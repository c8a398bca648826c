import Testing
@testable import GovReportsCore

/// Shared table headers of one site's disclosure reports are body, not template; real furniture still goes.
@Suite struct TemplateTableLinesTests {
    /// Top bar, share bar and bottom bar with a disclaimer: the furniture every page of the made-up site carries.
    static let topBar = ["首页 机构概况 政务公开 办事服务", "当前位置：首页 > 政务公开 > 年度报告"]
    static let shareBar = ["分享到 微信 微博", "打印本页 关闭窗口"]
    static let bottomBar = ["本网站所载信息仅供参考，以原件为准。", "网站地图 联系我们", "主办单位 某某县人民政府办公室"]
    /// A section heading without a marker, and the header of its table, shared by every report made from the form.
    static let sharedHeading = "政府信息公开行政复议、行政诉讼情况"
    static let header = ["行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计", "未经复议直接起诉 复议后起诉"]
    /// A data row of zeros, shared by the offices that had no case.
    static let zeroRow = "0 0 0 0 0 0 0"

    /// Report `n` of the made-up site: its own title, sentences and numbers, the shared table header in the body.
    static func page(_ n: Int) -> [String] {
        let row = n % 2 == 0 ? zeroRow : "\(n) 0 \(n % 3) 0 \(n + 1) 1 \(n)"
        return topBar + [
            "某某镇\(2016 + n)年政府信息公开工作年度报告",
            "一、总体情况",
            "\(2016 + n)年全年主动公开政府信息\(100 + n * 7)条，办理申请\(n)件。",
            sharedHeading,
        ] + header + [row, "第\(n)号报告另附说明一份。"] + shareBar + ["相关链接：第\(n)批文件目录"] + bottomBar
    }

    /// Six reports of one site: the bars and disclaimer go, the share bar inside the page goes, the shared heading,
    /// the table header and the zero rows stay and are reported. Fails on the rule that removed any inner run of
    /// short shared lines.
    @Test func sharedTableHeaderStaysFurnitureGoes() throws {
        let pages = (1...6).map(Self.page)
        let template = try #require(TemplateLearner(config: TemplateConfig()).learn(group: "g", members: pages))
        for line in Self.header { #expect(template.lines.contains(line)) }
        for (k, page) in pages.enumerated() {
            let decision = template.decision(in: page)
            let removed = decision.removals.map { page[$0] }
            #expect(removed == Self.topBar + Self.shareBar + Self.bottomBar, "page \(k + 1)")
            let kept = Set(page.indices).subtracting(decision.removals).map { page[$0] }
            for line in Self.header + [Self.sharedHeading, "一、总体情况"] {
                #expect(kept.contains(line), "page \(k + 1) lost \(line)")
            }
            if k % 2 == 1 { #expect(kept.contains(Self.zeroRow), "page \(k + 1) lost its zero row") }
            #expect(decision.keptTableLines.map { page[$0] } == [Self.sharedHeading] + Self.header, "page \(k + 1)")
            let diagnostic = try #require(decision.diagnostic(in: page))
            #expect(diagnostic.code == .templateTableKept)
            #expect(diagnostic.message.hasPrefix("template-table-kept: 4 line(s)"))
        }
    }

    /// A report whose table is one cell per line: the shared header cells above a lone number stay.
    @Test func oneCellPerLineHeaderStays() {
        let t = SiteTemplate(group: "g", lines: ["行政复议", "行政诉讼", "导航一", "导航二"], maxLineLength: 40)
        let text = ["导航一", "标题", "正文。", "行政复议", "行政诉讼", "0", "正文。", "导航一", "导航二", "尾。"]
        #expect(t.decision(in: text) == TemplateDecision(removals: [0, 7, 8], keptTableLines: [3, 4]))
    }

    /// Numeric rows: digits (ASCII or full-width) with decimal, thousands and percent marks, split by any space.
    @Test func numericRows() {
        for row in ["0 0 0", "12", "1,204\t3.5%", "１　０　２", "-3 4", "0.5 -1.25"] { #expect(TemplateTableLines.isNumericRow(row), "\(row)") }
        for row in ["", " ", "2023-01-05 浏览次数", "第1页", "1 2 下一页", "%", "1 .", "2023-05-06", "2023.05.06", "3-"] {
            #expect(!TemplateTableLines.isNumericRow(row), "\(row)")
        }
    }

    /// Normalize carries the diagnostic and keeps the header in the text.
    @Test func normalizeReportsKeptTableLines() throws {
        let pages = (1...6).map(Self.page)
        let template = try #require(TemplateLearner(config: TemplateConfig()).learn(group: "g", members: pages))
        let cleaned = CleanedDocument(docID: "d", source: "d.txt", sha256: "x", encoding: "utf-8", isHTML: false,
                                      page: PageMetadata(), text: pages[0].joined(separator: "\n"), removed: [],
                                      diagnostics: [])
        let normalized = NormalizeStage(config: NormalizeConfig()).normalize(cleaned, template: template)
        #expect(normalized.text.contains(Self.header[0]))
        #expect(!normalized.text.contains(Self.shareBar[0]))
        #expect(normalized.diagnostics.contains { $0.code == .templateTableKept })
    }
}
