import Foundation
import Testing
@testable import GovReportsCore

/// The text clean leaves outside the body is recorded (issue 19's audit view): its lines, where they stood relative
/// to the body roots, the chrome element that kept them out, within a per-page bound; the body itself is unchanged.
@Suite struct CleanOutsideBodyTests {
    /// Prose long enough to be body (sentence ends, no links).
    static func prose(_ n: Int, _ word: String) -> String {
        (1...n).map { "\(word)第\($0)项工作依法办理完成，群众满意度持续提升。" }.joined()
    }

    /// Cleans an HTML string.
    static func clean(_ page: String) throws -> CleanedDocument {
        try CleanFixtures.cleaner().clean(Array(page.utf8), record: CleanFixtures.record("outside.html"))
    }

    /// A page with a header, navigation and breadcrumb before a known container, and a sidebar and footer after it.
    static func framedPage(nav: String = "<a href=\"/\">首页</a><a href=\"/a\">机构概况</a><a href=\"/b\">政务公开</a>") -> String {
        "<html><head><title>某县报告</title></head><body>"
            + "<div class=\"header\">某县人民政府门户网站</div>"
            + "<div class=\"nav\">\(nav)</div>"
            + "<div class=\"crumb\">当前位置：首页 &gt; 政务公开</div>"
            + "<div class=\"TRS_Editor\"><p>\(prose(4, "本年度"))</p><p>\(prose(3, "下一步"))</p></div>"
            + "<div class=\"sidebar\"><a href=\"/c\">相关文章一</a><a href=\"/d\">相关文章二</a></div>"
            + "<div class=\"footer\"><p>版权所有：某县人民政府</p><p>地址：某县人民路1号</p></div>"
            + "</body></html>"
    }

    @Test("header, navigation and breadcrumb stand before the body, sidebar and footer after it, each with its element")
    func framedPageRecordsEveryBlock() throws {
        let doc = try Self.clean(Self.framedPage())
        #expect(doc.text == Self.prose(4, "本年度") + "\n" + Self.prose(3, "下一步"))
        let blocks = doc.outside.blocks
        #expect(!doc.outside.truncated)
        #expect(blocks.map(\.place) == [.before, .before, .before, .after, .after])
        #expect(blocks.map(\.rule) == ["element class:header", "element class:nav", "element class:crumb",
                                       "element class:sidebar", "element class:footer"])
        #expect(blocks[0].lines == ["某县人民政府门户网站"])
        #expect(blocks[1].lines == ["首页机构概况政务公开"], "inline links run on as one line, as in the body")
        #expect(blocks[4].lines == ["版权所有：某县人民政府", "地址：某县人民路1号"])
        #expect(blocks.allSatisfy { $0.beforeLine == nil })
        // Nothing recorded outside the body is body text, and the head's title is not outside text.
        for b in blocks { for line in b.lines { #expect(!doc.text.contains(line)) } }
        #expect(!blocks.contains { $0.lines.contains("某县报告") })
    }

    @Test("text in no chrome element outside the chosen roots is recorded as outside-body")
    func plainTextOutsideTheRoots() throws {
        let page = "<html><body><div><h1>某县2023年度法治政府建设情况报告</h1><p>发布时间：2024-01-15</p></div>"
            + "<div class=\"TRS_Editor\"><p>\(Self.prose(4, "本年度"))</p></div><div>浏览次数：12</div></body></html>"
        let doc = try Self.clean(page)
        let blocks = doc.outside.blocks
        #expect(blocks.map(\.place) == [.before, .after])
        #expect(blocks.map(\.rule) == [PageWalk.outsideBodyRule, PageWalk.outsideBodyRule])
        #expect(blocks[0].lines == ["某县2023年度法治政府建设情况报告", "发布时间：2024-01-15"])
        #expect(doc.page.published == "2024-01-15", "recording the lines leaves metadata as it was")
        #expect(blocks[1].lines == ["浏览次数：12"])
    }

    @Test("text between two body roots is placed before the cleaned line the second root starts at")
    func textBetweenRoots() throws {
        // A known container, loose text in its parent, then a closing paragraph (a prose sibling: a second root).
        let page = "<html><body><div class=\"nav\">首页</div><div class=\"wrap\">"
            + "<div class=\"TRS_Editor\"><p>\(Self.prose(3, "本年度"))</p><p>\(Self.prose(2, "另外"))</p></div>"
            + "附件：<p>\(Self.prose(2, "下一步"))</p></div><div class=\"footer\">版权所有</div></body></html>"
        let doc = try Self.clean(page)
        let lines = doc.text.split(separator: "\n").map(String.init)
        #expect(lines == [Self.prose(3, "本年度"), Self.prose(2, "另外"), Self.prose(2, "下一步")])
        let between = doc.outside.blocks.filter { $0.place == .between }
        #expect(between.map(\.lines) == [["附件："]])
        #expect(between.first?.beforeLine == 2)
        #expect(between.first?.rule == PageWalk.outsideBodyRule)
        #expect(doc.outside.blocks.first?.place == .before && doc.outside.blocks.last?.place == .after)
    }

    @Test("a between block keeps its place through clean's line rules and normalize's title removal")
    func betweenPlaceFollowsRemovals() throws {
        // The first root opens with the title (normalize removes that copy) and a line rule's chrome line.
        let page = "<html><head><title>某县2023年度工作报告</title></head><body><div class=\"wrap\">"
            + "<div class=\"TRS_Editor\"><p>某县2023年度工作报告</p><p>【打印本页】【关闭窗口】</p><p>\(Self.prose(3, "本年度"))</p></div>"
            + "附件：<p>\(Self.prose(2, "下一步"))</p></div></body></html>"
        let cleaned = try Self.clean(page)
        let cleanedLines = cleaned.text.split(separator: "\n").map(String.init)
        let at = try #require(cleaned.outside.blocks.first { $0.place == .between }?.beforeLine)
        #expect(cleanedLines[at] == Self.prose(2, "下一步"), "placed among the kept lines, after the line rule's removal")
        let normalized = NormalizeStage(config: NormalizeConfig()).normalize(cleaned)
        let normalizedLines = normalized.text.split(separator: "\n").map(String.init)
        let placed = try #require(normalized.outside.blocks.first { $0.place == .between }?.beforeLine)
        #expect(normalizedLines.count == cleanedLines.count - 1, "the title copy is gone")
        #expect(normalizedLines[placed].hasPrefix("下一步第1项"))
        #expect(normalized.outside.blocks.filter { $0.place != .between } == cleaned.outside.blocks.filter { $0.place != .between })
    }

    @Test("a huge menu before the body (its top cut) or list after it (its end cut) is recorded up to its side's bound and marked truncated")
    func hugeMenuIsBounded() throws {
        let links = (1...3_000).map { "<a href=\"/m\($0)\">栏目\($0)</a><br>" }.joined()
        let huge = try Self.clean(Self.framedPage(nav: links))
        let small = try Self.clean(Self.framedPage())
        #expect(huge.text == small.text)
        #expect(huge.removed == small.removed)
        #expect(huge.page == small.page)
        #expect(huge.outside.truncated)
        #expect(!small.outside.truncated)
        func recorded(_ o: OutsideBody, before: Bool) -> Int {
            o.blocks.filter { ($0.place == .before) == before }.flatMap(\.lines).reduce(0) { $0 + $1.unicodeScalars.count }
        }
        #expect(recorded(huge.outside, before: true) == OutsideBody.maxRecordedScalarsPerSide, "cut at the bound exactly")
        // Before the body the text nearest it is kept: the site's name at the top goes, the breadcrumb stays.
        #expect(huge.outside.blocks.first?.lines.first != "某县人民政府门户网站")
        #expect(huge.outside.blocks.contains { $0.rule == "element class:crumb" }, "the breadcrumb next to the body is kept")
        #expect(huge.outside.blocks.filter { $0.place == .after } == small.outside.blocks.filter { $0.place == .after },
                "the menu does not use up what is recorded after the body")
        // A huge list after the body: the header and menu are recorded whole, the list up to the bound.
        let list = "<div class=\"related\">" + (1...3_000).map { "<p><a href=\"/r\($0)\">相关文章\($0)</a></p>" }.joined() + "</div>"
        let tail = try Self.clean(Self.framedPage().replacingOccurrences(of: "</body>", with: list + "</body>"))
        #expect(tail.text == small.text)
        #expect(tail.outside.truncated)
        #expect(tail.outside.blocks.filter { $0.place == .before } == small.outside.blocks.filter { $0.place == .before })
        #expect(recorded(tail.outside, before: false) == OutsideBody.maxRecordedScalarsPerSide)
    }

    @Test("plain-text inputs record nothing outside the body")
    func plainTextRecordsNothing() throws {
        let doc = try CleanFixtures.cleaner().clean(Array("某县2023年度工作报告\n\(Self.prose(2, "本年度"))".utf8),
                                                    record: CleanFixtures.record("a.txt"))
        #expect(doc.outside == .none)
    }
}
