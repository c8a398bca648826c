import Foundation
import Testing
@testable import GovReportsCore

/// The document page shows the page text clean left outside the body struck through where it stood (before the
/// first line, between body roots, after the last line), never as part of the text; and the report's lean read of
/// extract records draws the same pages as the whole read.
@Suite struct ReportOutsideBodyTests {
    /// Renders a page over `text` with a normalize record carrying `outside` and `removed` (its text `recordText`).
    static func render(_ text: String, outside: OutsideBody, removed: [RemovedLine] = [], recordText: String? = nil)
        -> (String, ReportPageProbe) {
        let d = ExtractedDocument(docID: "d", source: "d.html", sha256: "", encoding: "utf-8", metadata: DocumentMetadata(),
                                  chars: text.unicodeScalars.count, text: text, sections: [], quantities: [],
                                  citations: [], indicators: [], diagnostics: [])
        let n = NormalizedDocument(docID: "d", source: "d.html", sha256: "", encoding: "utf-8", page: PageMetadata(), title: nil,
                                   text: recordText ?? text, removed: removed, diagnostics: [], outside: outside)
        let page = DocumentPage(document: d, placement: ChromePlacement(normalized: n, normalizedText: text),
                                outside: OutsideBodyPlacement(normalized: n, normalizedText: text), cleanProblem: nil,
                                provenance: MetadataProvenance(document: d, page: nil), failures: [], indicatorLabels: [:],
                                tables: [], foldFullWidth: true)
        let html = String(decoding: page.render(), as: UTF8.self)
        return (html, ReportPageProbe(html))
    }

    static let text = "第一段。\n第二段。\n第三段。"
    static let outside = OutsideBody(blocks: [
        OutsideBodyBlock(lines: ["网站首页", "政务公开"], place: .before, rule: "element class:nav"),
        OutsideBodyBlock(lines: ["附件："], place: .between, beforeLine: 2, rule: PageWalk.outsideBodyRule),
        OutsideBodyBlock(lines: ["版权所有"], place: .after, rule: "element tag:footer"),
    ], truncated: false)

    /// Where `s` first stands in `html` (fails the test when absent).
    static func at(_ s: String, in html: String) -> String.Index {
        let r = html.range(of: s)
        #expect(r != nil, "\(s) is not on the page")
        return r?.lowerBound ?? html.endIndex
    }

    @Test("blocks are struck through before, between and after the text's lines, each labelled; the text is unchanged")
    func blocksInPlace() {
        let removed = [RemovedLine(line: "打印本页", rule: "print", beforeLine: 2)]
        let (html, probe) = Self.render(Self.text, outside: Self.outside, removed: removed)
        #expect(probe.text == Self.text, "outside text is not part of the shown text")
        #expect(probe.chrome.map(\.line) == ["网站首页", "政务公开", "附件：", "打印本页", "版权所有"])
        #expect(probe.chrome.map(\.rule) == ["element class:nav", "element class:nav", PageWalk.outsideBodyRule, "print",
                                             "element tag:footer"])
        let order = ["网站首页", "第一段", "第二段", "附件：", "打印本页", "第三段", "版权所有"].map { Self.at($0, in: html) }
        #expect(order == order.sorted())
        #expect(html.contains("<div class=\"outside-body aux\" data-place=\"before\" data-rule=\"element class:nav\""))
        #expect(html.contains("outside the body (after) · element tag:footer"))
        #expect(html.contains("<del class=\"chrome aux\" data-rule=\"element tag:footer\""))
        #expect(!html.contains("recorded only up to"))
    }

    @Test("a truncated record says so on top; a stale record shows between blocks after the text, not misplaced")
    func truncatedAndStale() {
        var outside = Self.outside
        outside.truncated = true
        let (html, _) = Self.render(Self.text, outside: outside)
        #expect(html.contains("recorded only up to \(OutsideBody.maxRecordedScalarsPerSide) characters before the body"))
        let (stale, probe) = Self.render(Self.text, outside: Self.outside, recordText: "别的。")
        #expect(probe.text == Self.text)
        #expect(Self.at("第三段", in: stale) < Self.at("附件：", in: stale))
        #expect(Self.at("附件：", in: stale) < Self.at("版权所有", in: stale))
    }

    @Test("the report's lean read of an extract record draws the same page as the whole read, on every sample")
    func leanReadDrawsTheSamePages() throws {
        var sentences = 0
        for r in RecordJSONTests.results {
            let bytes = RecordJSONWriter.encode(r.extracted)
            let whole = try ExtractRecordReader.decode(bytes)
            let lean = try ExtractRecordReader.decodeForReport(bytes)
            #expect(lean.tableCells.isEmpty && lean.quantities.allSatisfy { $0.sentence.isEmpty })
            var bare = whole
            bare.tableCells = []
            for i in bare.quantities.indices { sentences += bare.quantities[i].sentence.isEmpty ? 0 : 1; bare.quantities[i].sentence = "" }
            #expect(lean == bare, "\(r.extracted.source)")
            func page(_ d: ExtractedDocument) -> [UInt8] {
                DocumentPage(document: d, placement: ChromePlacement(normalized: r.normalized, normalizedText: d.text),
                             outside: OutsideBodyPlacement(normalized: r.normalized, normalizedText: d.text), cleanProblem: nil,
                             provenance: MetadataProvenance(document: d, page: r.normalized.page), failures: [],
                             indicatorLabels: [:], tables: r.normalized.tables, foldFullWidth: true).render()
            }
            #expect(page(lean) == page(whole), "\(r.extracted.source)")
            #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decodeForReport(Array(bytes.dropLast())) }
        }
        #expect(sentences > 300, "the samples' quantities carry sentences the lean read leaves out")
        #expect(RecordJSONTests.results.contains { !$0.extracted.tableCells.isEmpty })
        #expect(RecordJSONTests.results.contains { !$0.normalized.outside.blocks.isEmpty })
    }
}
