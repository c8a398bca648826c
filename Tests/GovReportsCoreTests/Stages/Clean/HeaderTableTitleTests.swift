import Testing
@testable import GovReportsCore

/// A header table's 标题 names the article when the page has no headline, and its 发文日期 (the issuing date) yields to
/// 发布日期 as the page's date in either order, standing in only when 发布日期 is absent (pages-blind h20).
@Suite struct HeaderTableTitleTests {
    /// A page whose header is a vertical label/value table over a body; `headline` goes above the table.
    static func page(rows: [(String, String)], headline: String? = nil) -> String {
        let cells = rows.map { "<tr><th>\($0.0)</th><td>\($0.1)</td></tr>" }.joined()
        return """
        <html><head><meta charset="utf-8"><title>某区人民政府门户网站</title></head><body>
        <div class="nav"><a>首页</a><a>政府信息公开</a><a>互动交流</a></div>
        <div class="xxgk">\(headline.map { "<h1>\($0)</h1>" } ?? "")<table class="info">\(cells)</table>
        <div class="zoom"><p>2023年，全区新增城镇就业3415人，发放创业担保贷款2860万元。</p><p>办结劳动人事争议案件318件。</p></div></div>
        <div class="foot">某区人民政府办公室主办</div></body></html>
        """
    }

    /// Cleans one page.
    static func clean(_ html: String) throws -> CleanedDocument {
        try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("h.html"))
    }

    static let title = "某区人力资源和社会保障局2023年工作总结"

    /// With no headline, the table's 标题 (spaced out or not, or 信息名称) is the title.
    @Test(arguments: ["标　　题", "标题", "信息名称"])
    func titleFromTheTable(_ label: String) throws {
        let out = try Self.clean(Self.page(rows: [(label, Self.title), ("发布机构", "某区人力资源和社会保障局"),
                                                  ("发布日期", "2024年01月19日"), ("索 引 号", "11450000/2024-00008")]))
        #expect(out.page.articleTitle == Self.title)
        #expect(!out.text.contains("索 引 号"))
    }

    /// A headline of its own wins over the table's 标题.
    @Test func headlineWins() throws {
        let out = try Self.clean(Self.page(rows: [("标题", "某区人社局年度总结（摘要）"), ("发布机构", "某区人力资源和社会保障局"),
                                                  ("发布日期", "2024-01-19")], headline: Self.title))
        #expect(out.page.articleTitle == Self.title)
    }

    /// 发布日期 is the page's date whether 发文日期 comes before or after it; alone, 发文日期 gives it.
    @Test(arguments: [
        ([("发文日期", "2024年01月16日"), ("发布日期", "2024年01月19日")], "2024-01-19"),
        ([("发布日期", "2024年01月19日"), ("发文日期", "2024年01月16日")], "2024-01-19"),
        ([("发文日期", "2024年01月16日"), ("发布机构", "某区人力资源和社会保障局")], "2024-01-16"),
    ])
    func publishedOverIssued(_ dates: [(String, String)], _ iso: String) throws {
        let out = try Self.clean(Self.page(rows: [("标题", Self.title), ("索引号", "11450000/2024-00008")] + dates))
        #expect(out.page.published == iso)
    }
}
