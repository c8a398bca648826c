import Foundation
import Testing
@testable import GovReportsCore

/// The audit view's removed lines and tables: normalize places every removed line (chrome, a site template's
/// lines, title copies) among the normalized lines; the page shows them there, a chrome element's lines as one
/// block, and each table as an HTML table whose cells hold the text with the highlights still at their offsets.
@Suite struct ReportAuditViewTests {
    /// A cleaned document with the given lines and removed lines.
    static func cleaned(_ text: String, removed: [RemovedLine], tables: [TableGrid] = []) -> CleanedDocument {
        CleanedDocument(docID: "d", source: "d.txt", sha256: "x", encoding: "utf-8", isHTML: false, page: PageMetadata(),
                        text: text, removed: removed, diagnostics: [], tables: tables)
    }

    @Test("normalize places clean's chrome, the template's lines and title copies among the normalized lines, in order")
    func normalizePlacesEveryRemovedLine() {
        // Cleaned lines: 0 menu, 1 title, 2 body, 3 empty, 4 body, 5 footer. The menu and footer are template lines;
        // chrome stood before cleaned lines 0 (before everything), 2 (after the title), 4 and 6 (after the last).
        let text = "站群导航 部门网站\n某县２０２２年度法治政府建设工作报告\n第一段办理１２件。\n\n第二段。\n地址:某县人民路1号"
        let chrome = [RemovedLine(line: "当前位置:首页", rule: "breadcrumb", beforeLine: 0),
                      RemovedLine(line: "字号:大 中 小", rule: "font-size", beforeLine: 2),
                      RemovedLine(line: "分享到", rule: "element share", beforeLine: 4),
                      RemovedLine(line: "扫一扫", rule: "qr-prompt", beforeLine: 6),
                      RemovedLine(line: "旧记录", rule: "old")]
        let template = SiteTemplate(group: "host:x", lines: ["站群导航 部门网站", "地址:某县人民路1号"], maxLineLength: 40)
        let n = NormalizeStage(config: NormalizeConfig()).normalize(Self.cleaned(text, removed: chrome), template: template)
        #expect(n.text == "第一段办理12件。\n第二段。")
        #expect(n.removed.map(\.rule) == ["old", "breadcrumb", "template", "title", "font-size", "element share", "template",
                                          "qr-prompt"])
        #expect(n.removed.map(\.beforeLine) == [nil, 0, 0, 0, 0, 1, 2, 2])
        #expect(n.removed.first { $0.rule == "title" }?.line == "某县2022年度法治政府建设工作报告")
        // Without template or chrome the record lists only the title line, placed before the first line.
        let plain = NormalizeStage(config: NormalizeConfig()).normalize(Self.cleaned("某县2022年度工作报告\n正文。", removed: []))
        #expect(plain.removed == [RemovedLine(line: "某县2022年度工作报告", rule: "title", beforeLine: 0)])
    }

    @Test("the normalize record's hand-written reader reads what the writer wrote, as JSONDecoder does")
    func normalizedRecordRoundTrip() throws {
        let grid = TableGrid(index: 1, rows: [[TableGridCell(text: "项目", isHeader: true), TableGridCell(text: "数量\"件\"", isHeader: true)],
                                              [TableGridCell(text: "许可"), TableGridCell(text: "120", isSpanned: true)]],
                             headerRows: 1, headerColumns: 0)
        let n = NormalizedDocument(docID: "d", source: "a\\b.txt", sha256: "s", encoding: "gb18030",
                                   page: PageMetadata(articleTitle: "标题\n二", published: "2023-01-02"), title: nil,
                                   text: "许可 120\n第二行𠀀", removed: [RemovedLine(line: "首页", rule: "breadcrumb", beforeLine: 3),
                                                                      RemovedLine(line: "x", rule: "old")],
                                   diagnostics: [Diagnostic(.bodySuspect, stage: .clean, "body?")], tables: [grid])
        let bytes = RecordJSONWriter.encode(n)
        #expect(try ExtractRecordReader.decodeNormalized(bytes) == n)
        #expect(try JSONDecoder().decode(NormalizedDocument.self, from: Data(bytes)) == n)
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decodeNormalized(Array(bytes.dropLast())) }
    }

    @Test("placement follows the normalize record; a record whose text is not the extract record's places nothing")
    func placementFromNormalizeRecord() {
        var n = NormalizedDocument(docID: "d", source: "s", sha256: "", encoding: "utf-8", page: PageMetadata(), title: nil,
                                   text: "一。\n二。", removed: [RemovedLine(line: "a", rule: "r", beforeLine: 0),
                                                           RemovedLine(line: "b", rule: "r", beforeLine: 9),
                                                           RemovedLine(line: "c", rule: "r")], diagnostics: [])
        let p = ChromePlacement(normalized: n, normalizedText: "一。\n二。")
        #expect(p.before[0]?.map(\.line) == ["a"])
        #expect(p.before[2]?.map(\.line) == ["b"], "a place past the end stands after the last line")
        #expect(p.unplaced.map(\.line) == ["c"])
        n.text = "别的。"
        let stale = ChromePlacement(normalized: n, normalizedText: "一。\n二。")
        #expect(stale.before.isEmpty && stale.unplaced.count == 3)
    }

    /// One quantity record at `start..<end` of `text`.
    static func quantity(_ mention: Int, _ text: String, _ start: Int, _ end: Int, value: Double, unit: String) -> QuantityRecord {
        let scalars = Array(text.unicodeScalars)
        return QuantityRecord(mention: mention, text: String(String.UnicodeScalarView(scalars[start..<end])), value: value,
                              valueMax: nil, unit: unit, kind: .count, approx: nil, section: "", sectionTitle: nil,
                              sentence: "", charStart: start, charEnd: end, subject: nil, indicator: nil)
    }

    /// Renders a document page over `text` with `tables` and `removed` (placed by the normalize record).
    static func render(_ text: String, quantities: [QuantityRecord], tables: [TableGrid],
                       removed: [RemovedLine] = []) -> (String, ReportPageProbe) {
        let d = ExtractedDocument(docID: "d", source: "d.html", sha256: "", encoding: "utf-8", metadata: DocumentMetadata(),
                                  chars: text.unicodeScalars.count, text: text, sections: [], quantities: quantities,
                                  citations: [], indicators: [], diagnostics: [])
        let n = NormalizedDocument(docID: "d", source: "d.html", sha256: "", encoding: "utf-8", page: PageMetadata(), title: nil,
                                   text: text, removed: removed, diagnostics: [], tables: tables)
        let page = DocumentPage(document: d, placement: ChromePlacement(normalized: n, normalizedText: text), cleanProblem: nil,
                                provenance: MetadataProvenance(document: d, page: nil), failures: [], indicatorLabels: [:],
                                tables: tables, foldFullWidth: true)
        let html = String(decoding: page.render(), as: UTF8.self)
        return (html, ReportPageProbe(html))
    }

    /// A three-column table of counts: a header cell with full-width letters as the page had them (the text folds
    /// them) and markup characters, a spanned slot, an
    /// empty cell, an empty row; its rows are lines 2–4 of the text, cells one space apart.
    static let tableText = "一、基本情况\n我局全年办理案件。\n项目 数量 AB<备注>\n行政许可 120件 当场办结\n行政处罚 35件\n以上为全年数据。"
    static let grid = TableGrid(index: 1, rows: [
        [TableGridCell(text: "项目", isHeader: true), TableGridCell(text: "数量", isHeader: true), TableGridCell(text: "ＡＢ<备注>", isHeader: true)],
        [TableGridCell(text: "行政许可"), TableGridCell(text: "120件"), TableGridCell(text: "当场办结")],
        [TableGridCell(text: ""), TableGridCell(text: ""), TableGridCell(text: "")],
        [TableGridCell(text: "行政处罚"), TableGridCell(text: "35件"), TableGridCell(text: "35件", isSpanned: true)],
    ], headerRows: 1)

    @Test("a table is shown as an HTML table whose cells hold the text: highlights, offsets and text unchanged")
    func tableInPlace() throws {
        let text = Self.tableText
        let scalars = Array(text.unicodeScalars)
        func at(_ s: String) -> Int {
            let needle = Array(s.unicodeScalars)
            return (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        }
        let q1 = Self.quantity(1, text, at("120件"), at("120件") + 4, value: 120, unit: "件")
        let q2 = Self.quantity(2, text, at("35件"), at("35件") + 3, value: 35, unit: "件")
        let removed = [RemovedLine(line: "打印本页", rule: "print", beforeLine: 3)]
        let (html, probe) = Self.render(text, quantities: [q1, q2], tables: [Self.grid], removed: removed)
        #expect(probe.text == text, "the shown text must stay the dataset's text")
        #expect(probe.marks.map(\.mention) == [1, 2])
        for (m, q) in zip(probe.marks, [q1, q2]) {
            #expect(m.at == q.charStart && m.length == q.charEnd - q.charStart && m.text == q.text)
        }
        #expect(html.contains("<table class=\"grid\" data-table=\"1\">"))
        #expect(html.contains("<th>项目<span class=\"tsep\"> </span></th><th>数量<span class=\"tsep\"> </span></th><th>AB&lt;备注&gt;"),
                "header cells, separators hidden, data escaped")
        #expect(html.contains("<td><a class=\"q\" id=\"q1\""), "the highlight sits inside its cell")
        #expect(html.contains("<td class=\"spanned aux\""), "the spanned slot is a greyed copy outside the text")
        // The removed line that stood before the second row is a row of its own inside the table.
        #expect(html.contains("<tr class=\"chrome-row\"><td colspan=\"3\"><del class=\"chrome aux\" data-rule=\"print\""))
        #expect(probe.chrome.map(\.line) == ["打印本页"])
        // Balanced: every opened table element is closed.
        for tag in ["table", "tbody", "tr", "td", "th"] {
            #expect(html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
                    == html.components(separatedBy: "</\(tag)>").count - 1, "<\(tag)> unbalanced")
        }
    }

    @Test("a table whose cell a quantity crosses, or whose rows are not lines of the text, stays plain text and is listed")
    func tableNotPlaced() throws {
        let text = Self.tableText
        let start = Array(text.unicodeScalars).firstIndex(of: "许")!
        // `许可 120件` spans two cells.
        let crossing = Self.quantity(1, text, start, start + 6, value: 120, unit: "件")
        let foreign = TableGrid(index: 2, rows: [[TableGridCell(text: "不在文中"), TableGridCell(text: "9")]])
        let (html, probe) = Self.render(text, quantities: [crossing], tables: [Self.grid, foreign])
        #expect(probe.text == text)
        #expect(probe.marks.map(\.at) == [start])
        #expect(!html.contains("data-table="), "no table shown in place")
        #expect(html.contains("quantity #1 crosses a cell"))
        #expect(html.contains("its rows are not lines of the text"))
        // The tables not shown in place are still shown, after the text, escaped.
        #expect(html.contains("<h2 id=\"tables\">Tables</h2>"))
        #expect(html.contains("<th>ＡＢ&lt;备注&gt;</th>"))
    }

    @Test("a chrome element's lines are one block, labelled with the element, where it stood")
    func elementBlock() throws {
        let text = "第一段。\n第二段。"
        let removed = [RemovedLine(line: "分享到:", rule: "element share", beforeLine: 1),
                       RemovedLine(line: "微信 微博", rule: "element share", beforeLine: 1),
                       RemovedLine(line: "打印", rule: "print", beforeLine: 1)]
        let (html, probe) = Self.render(text, quantities: [], tables: [], removed: removed)
        #expect(probe.text == text)
        #expect(probe.chrome.map(\.line) == ["分享到:", "微信 微博", "打印"])
        let block = try #require(html.range(of: "<div class=\"removed-element aux\""))
        let first = try #require(html.range(of: "第一段。"))
        let second = try #require(html.range(of: "第二段。"))
        #expect(first.upperBound < block.lowerBound && block.lowerBound < second.lowerBound)
        #expect(html.components(separatedBy: "<div class=\"removed-element aux\"").count == 2, "one block for the element")
    }

    @Test("in a run, the site template's lines are struck through where they stood, not listed as unplaced")
    func templateLinesInRun() throws {
        let corpus = try SiteTemplateRunTests.corpus(20)
        defer { corpus.remove() }
        let runner = corpus.runner { $0.export.report = true }
        _ = try runner.run(RunOptions())
        var checked = 0
        for doc in try runner.documents(inputs: []) {
            let d = try runner.store.read(ExtractedDocument.self, stage: .extract, docID: doc.docID)
            let html = try String(contentsOf: runner.output.appendingPathComponent("report/documents/\(d.docID).html"),
                                  encoding: .utf8)
            let probe = ReportPageProbe(html)
            #expect(probe.text == d.text)
            #expect(!html.contains("without a recorded place"), "\(doc.source)")
            let rules = probe.chrome.map(\.rule)
            #expect(Array(rules.prefix(4)) == ["template", "template", "template", "title"], "\(doc.source): \(rules)")
            #expect(rules.dropFirst(4).allSatisfy { $0 == "template" } && rules.count >= 6, "\(doc.source): \(rules)")
            // The head stands before the first body line, the tail after the last.
            let head = try #require(html.range(of: SyntheticSite.templateLines[0] + "</del>"))
            let tail = try #require(html.range(of: SyntheticSite.templateLines[4] + "</del>"))
            let firstBody = try #require(html.range(of: SyntheticSite.headings[0]))
            let date = try #require(html.range(of: "2026年1月"))
            #expect(head.lowerBound < firstBody.lowerBound && date.lowerBound < tail.lowerBound)
            checked += 1
        }
        #expect(checked == 20)
    }
}
