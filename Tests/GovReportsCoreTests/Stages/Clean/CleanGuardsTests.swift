import Foundation
import Testing
@testable import GovReportsCore

/// Per-document guards of clean (issue 20): markup that makes libxml2 superlinear is bounded before parsing, and a
/// document past its time budget is abandoned with `document-timeout`.
@Suite struct CleanGuardsTests {
    /// A report page whose content `<div>` carries `count` extra attributes after its id.
    static func attributeFlood(_ count: Int) -> [UInt8] {
        var page = Array("<html><head><title>青禾县2023年度法治政府建设情况报告</title></head><body><div id=\"content\"".utf8)
        page.reserveCapacity(count * 12 + 512)
        for i in 0..<count { page += Array(" a\(i)=\"1\"".utf8) }
        page += Array("><p>全年办理行政许可295件，开展普法活动12场。</p></div><div class=\"footer\"".utf8)
        page += Array("><p>版权所有：青禾县人民政府</p></div></body></html>".utf8)
        return page
    }

    /// The 200,000-attribute page (2.3 MB) is cleaned with its text and a `markup-bounded` warning; the time is
    /// printed (no assert: the figure is in the notes).
    @Test func twoHundredThousandAttributesAreBounded() throws {
        let page = CleanGuardsTests.attributeFlood(200_000)
        #expect(page.count > 2_000_000)
        let started = DocumentDeadline.monotonic()
        let doc = try CleanFixtures.cleaner().clean(page, record: CleanFixtures.record("flood.html"))
        print("200,000-attribute page (\(page.count) bytes) cleaned in \(DocumentDeadline.monotonic() - started) s")
        #expect(doc.text.contains("全年办理行政许可295件，开展普法活动12场。"))
        #expect(!doc.text.contains("版权所有"))
        let warning = try #require(doc.diagnostics.first { $0.code == .markupBounded }).message
        #expect(warning.contains("\(200_000 - MarkupBounder.maxAttributes + 1) attribute(s)"))
    }

    /// The bounded start tag keeps its first attributes (id/class still steer content selection) and its `>`.
    @Test func boundKeepsLeadingAttributesAndTheElement() throws {
        let flood = CleanGuardsTests.attributeFlood(MarkupBounder.maxAttributes + 10)
        let (out, report) = try #require(MarkupBounder.bound(flood))
        #expect(report.tags == 1)
        #expect(report.attributes == 11)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("<div id=\"content\" a0=\"1\""))
        #expect(text.contains(" a\(MarkupBounder.maxAttributes - 2)=\"1\"><p>全年"))
        #expect(!text.contains(" a\(MarkupBounder.maxAttributes - 1)=\"1\""))
    }

    /// A megabyte-long attribute value is cut (tag length bound) while the element's text stays.
    @Test func megabyteTagIsBounded() throws {
        let long = String(repeating: "QUJD", count: 256 * 1024)
        let page = Array("<html><body><div id=\"content\"><img alt=\"x\" src=\"data:image/png;base64,\(long)\"><p>全年开展普法活动12场。</p></div></body></html>".utf8)
        let doc = try CleanFixtures.cleaner().clean(page, record: CleanFixtures.record("long-tag.html"))
        #expect(doc.text.contains("全年开展普法活动12场。"))
        #expect(doc.diagnostics.contains { $0.code == .markupBounded })
    }

    /// Ordinary markup is left alone: many small tags, `<` inside scripts and comments, unquoted and quoted `>`.
    @Test func ordinaryMarkupIsUntouched() {
        var page = "<html><head><script>if (a<b && c>d) { s = \"<div \(String(repeating: "x=1 ", count: 400))>\"; }</script>"
        page += "<!-- <div \(String(repeating: "y=2 ", count: 400))> --></head><body>"
        page += String(repeating: "<p class=x title='a>b' data-n=3>段落</p>", count: 2000) + "</body></html>"
        #expect(MarkupBounder.bound(Array(page.utf8)) == nil)
    }

    /// An unterminated tag at the end leaves the input alone instead of scanning forever or cutting it.
    @Test func unterminatedTagIsLeftToTheParser() {
        #expect(MarkupBounder.bound(Array("<html><body><p>正文</p><div a=\"1\" b=\"2".utf8)) == nil)
        #expect(MarkupBounder.bound(Array("<html><body><p>正文</p><div a b c".utf8)) == nil)
    }

    /// A page of many elements, with a clock that advances one second per read, spends a 50-second budget and
    /// fails with `document-timeout`; a small page on the same kind of clock is cleaned.
    @Test func documentPastItsBudgetTimesOut() throws {
        let cleaner = try CleanFixtures.cleaner()
        func tickingDeadline() -> DocumentDeadline {
            var t = 0.0
            return DocumentDeadline(seconds: 50) {
                t += 1
                return t
            }
        }
        let big = "<html><body><div id=\"content\">" + String(repeating: "<p>全年办理行政许可295件。</p>", count: 50_000) + "</div></body></html>"
        do {
            _ = try cleaner.clean(Array(big.utf8), record: CleanFixtures.record("slow.html"), deadline: tickingDeadline())
            Issue.record("the slow page was not abandoned")
        } catch {
            #expect(error == .timedOut(docID: "doc-slow.html", source: "slow.html", seconds: 50))
            #expect(error.description.contains("slow.html: document-timeout: "))
            #expect(error.description.contains("clean.maxSecondsPerDocument"))
        }
        let small = "<html><body><div id=\"content\"><p>全年办理行政许可295件。</p></div></body></html>"
        let doc = try cleaner.clean(Array(small.utf8), record: CleanFixtures.record("fast.html"), deadline: tickingDeadline())
        #expect(doc.text.contains("行政许可295件"))
    }
}
