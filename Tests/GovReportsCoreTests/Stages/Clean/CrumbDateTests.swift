import Testing
@testable import GovReportsCore

/// The date that ends a breadcrumb line is the page's date only when the line is a breadcrumb and its last step is
/// at most a short word and the date (pages-blind h12).
@Suite struct CrumbDateTests {
    /// One extractor, as a run compiles it once.
    static let extractor = PageMetadataExtractor()

    /// Breadcrumbs whose last step is the date, with or without a word, blank, bracket or clock time.
    @Test(arguments: [
        ("当前位置：首页 > 政务公开 > 规划计划 > 正文2024-01-11", "2024-01-11"),
        ("您现在的位置：首页 ＞ 信息公开 ＞ 正文　2023年12月5日", "2023-12-05"),
        ("网站首页 » 通知公告 » [2024-03-08]", "2024-03-08"),
        ("首页 > 部门动态 > 详情 2024/2/6 10:21", "2024-02-06"),
    ])
    func readsTheEndingDate(_ line: String, _ iso: String) {
        #expect(Self.extractor.crumbDate(in: line) == iso)
    }

    /// Lines that end with a date but are no breadcrumb, or whose last step is a title holding its own date.
    @Test(arguments: [
        "首页 > 领导讲话 > 在全区经济工作会议上的讲话（2024年1月5日）",
        "首页 > 通知公告 > 关于开展2024年度安全生产大检查的通知2024-01-05",
        "收入增长 > 支出增长，截至2024-01-05",
        "当前位置：首页 > 政务公开 > 规划计划",
        "当前位置：首页 > 2024-01-11 > 正文",
    ])
    func leavesOtherLines(_ line: String) {
        #expect(Self.extractor.crumbDate(in: line) == nil)
    }

    /// Through the cleaner: a page whose only date is in its breadcrumb gets it as published. (A breadcrumb element
    /// named as chrome and dense with links is skipped whole before the content, so its date is not seen: open.)
    @Test func pageDateFromBreadcrumb() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>某县林业局2023年工作总结</title></head><body>
        <div class="wz">当前位置：首页 &gt; 政务公开 &gt; <a>部门文件</a> &gt; 正文<span>2024-02-27</span></div>
        <h1>某县林业局2023年工作总结</h1>
        <div class="content"><p>2023年，全县完成人工造林1.2万亩，森林覆盖率达到63.5%。</p><p>全年查处涉林案件17起。</p></div>
        <div class="foot">版权所有：某县人民政府</div></body></html>
        """
        let out = try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("c.html"))
        #expect(out.page.published == "2024-02-27", "\(out.text)")
        #expect(!out.text.contains("当前位置"))
    }
}
