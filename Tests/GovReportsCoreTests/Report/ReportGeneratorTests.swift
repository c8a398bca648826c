import Foundation
import Testing
@testable import GovReportsCore

/// The HTML report: escaping, highlights at the quantities' scalar offsets, chrome in place, links that resolve.
@Suite struct ReportGeneratorTests {
    /// A hostile title: closes the title element, opens a script, breaks out of attributes.
    static let hostileTitle = "</title><script>alert(\"x\")</script>'\"&<img src=x onerror=alert(1)>某县司法局2022年度法治政府建设工作报告"

    /// A corpus with the test reports plus two hostile pages and one with characters outside the BMP.
    static func corpus() throws -> TestCorpus {
        let corpus = try TestCorpus()
        let escaped = hostileTitle.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        let html = """
            <html><head><meta charset="utf-8"><title>\(escaped)</title></head><body>
            <div class="breadcrumb">首页 &gt; 政务公开</div>
            <div class="article"><p>2022年,我局办理行政许可&lt;b&gt;120件,开展普法活动15场。</p>
            <p>一、主要举措和成效</p><p>全年培训执法人员300人次,&lt;script&gt;alert(2)&lt;/script&gt;发放资料2000份。</p>
            <p>某县司法局</p><p>2023年1月10日</p></div></body></html>
            """
        try corpus.write("h.html", Array(html.utf8))
        // 𠀀 and 🏛 are one scalar each but two UTF-16 units: offsets must count scalars.
        try corpus.write("u.txt", Array("某镇人民政府2022年法治政府建设情况报告\n当前位置:首页 > 政务公开\n𠀀𠀁🏛️镇里2022年受理行政复议案件7件,化解纠纷𠀂35起。\n一、主要举措和成效\n培训干部120人次。\n扫一扫在手机打开当前页\n".utf8))
        return corpus
    }

    /// Runs the pipeline with `export.report` on and returns the corpus and the run's extract records.
    static func run() throws -> (TestCorpus, PipelineRunner, [ExtractedDocument]) {
        let corpus = try corpus()
        let runner = corpus.runner { $0.export.report = true }
        _ = try runner.run(RunOptions())
        let docs = try runner.documents(inputs: [])
        let records = try docs.map { try runner.store.read(ExtractedDocument.self, stage: .extract, docID: $0.docID) }
        return (corpus, runner, records)
    }

    /// A report file's text.
    static func page(_ runner: PipelineRunner, _ path: String) throws -> String {
        try String(contentsOf: runner.output.appendingPathComponent("report/" + path), encoding: .utf8)
    }

    @Test("the indicators page lists the disclosure panel's key cells with the share of reports holding each")
    func disclosurePanelOnIndicatorsPage() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = try Self.corpus()
        let sample = "disclosure-kecheng-gov-2021.txt"
        try corpus.write(sample, [UInt8](try Data(contentsOf: root.appendingPathComponent("samples/" + sample))))
        let runner = corpus.runner { $0.export.report = true }
        _ = try runner.run(RunOptions())
        let records = try runner.documents(inputs: []).map {
            try runner.store.read(ExtractedDocument.self, stage: .extract, docID: $0.docID)
        }
        let columns = try DisclosureRules.bundled().panel
        let held = columns.filter { c in records.contains { DisclosurePanel.value(c, in: $0.disclosure) != nil } }
        #expect(held.count >= 10)
        let page = try Self.page(runner, "indicators.html")
        #expect(page.contains("<h2>Disclosure panel</h2>"))
        for c in held {
            // One report of the corpus holds the cell: its coverage reads 1 of all documents.
            #expect(page.contains("<code>\(c.id)</code>"), "\(c.id)")
        }
        #expect(page.contains("<b>\(Int((100.0 / Double(records.count)).rounded()))%</b> <span class=\"small muted\">1/\(records.count)</span>"))
    }

    @Test("every piece of data is escaped: a hostile title, text and agency cannot open a tag or leave an attribute")
    func escapesEverything() throws {
        let (corpus, runner, records) = try Self.run()
        defer { corpus.remove() }
        let hostile = try #require(records.first { $0.source.hasSuffix("h.html") })
        #expect(hostile.metadata.title?.contains("<script>") == true, "the fixture lost its hostile title")
        for path in ["index.html", "indicators.html", "documents/\(hostile.docID).html"] {
            let html = try Self.page(runner, path)
            #expect(!html.contains("<script"), "\(path) holds a script element")
            #expect(!html.contains("<img"), "\(path) holds an img element")
            #expect(!html.contains("<b>120"), "\(path) passed markup from the text through")
            #expect(html.contains("Content-Security-Policy"), "\(path) has no content policy")
        }
        let page = try Self.page(runner, "documents/\(hostile.docID).html")
        #expect(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&quot;&amp;&lt;img"))
        #expect(page.components(separatedBy: "<title>").count == 2, "a second title element was opened")
        // Escaped markup reads back as the original text.
        #expect(ReportPageProbe(page).text == hostile.text)
    }

    @Test("highlights sit at the quantities' scalar offsets, hold their text and link to their rows")
    func highlightsMatchQuantities() throws {
        let (corpus, runner, records) = try Self.run()
        defer { corpus.remove() }
        let wide = try #require(records.first { $0.source.hasSuffix("u.txt") })
        #expect(wide.text.unicodeScalars.count != wide.text.utf16.count, "the fixture has no scalar outside the BMP")
        var compared = 0
        for d in records {
            let probe = ReportPageProbe(try Self.page(runner, "documents/\(d.docID).html"))
            #expect(probe.text == d.text, "\(d.source): shown text differs from texts.jsonl")
            let scalars = Array(d.text.unicodeScalars)
            #expect(probe.marks.map(\.mention) == d.quantities.map(\.mention), "\(d.source)")
            for (m, q) in zip(probe.marks, d.quantities) {
                #expect(m.start == q.charStart && m.end == q.charEnd, "\(d.source) #\(q.mention) data offsets")
                #expect(m.at == q.charStart && m.length == q.charEnd - q.charStart, "\(d.source) #\(q.mention) position")
                #expect(m.text == String(String.UnicodeScalarView(scalars[q.charStart..<q.charEnd])), "\(d.source) #\(q.mention)")
                #expect(m.text == q.text)
                #expect(m.href == "#row-q\(q.mention)")
                compared += 1
            }
        }
        #expect(compared > 10)
        #expect(try ReportPageProbe(Self.page(runner, "documents/\(wide.docID).html")).marks.contains { $0.text == "7件" })
    }

    @Test("removed chrome and title lines are shown struck through where they stood")
    func chromeInPlace() throws {
        let (corpus, runner, records) = try Self.run()
        defer { corpus.remove() }
        let d = try #require(records.first { $0.source.hasSuffix("u.txt") })
        let html = try Self.page(runner, "documents/\(d.docID).html")
        let probe = ReportPageProbe(html)
        #expect(probe.chrome.map(\.rule) == ["title", "breadcrumb", "qr-prompt"], "\(probe.chrome)")
        // Order in the page: title, breadcrumb, the body, then the QR prompt after the last line.
        let title = try #require(html.range(of: "某镇人民政府2022年法治政府建设情况报告</del>"))
        let crumb = try #require(html.range(of: "当前位置:首页 &gt; 政务公开</del>"))
        let body = try #require(html.range(of: "培训干部"))
        let qr = try #require(html.range(of: "扫一扫在手机打开当前页</del>"))
        #expect(title.lowerBound < crumb.lowerBound && crumb.lowerBound < body.lowerBound && body.lowerBound < qr.lowerBound)
    }

    @Test("every document page is linked from the overview and every link and anchor resolves")
    func linksResolve() throws {
        let (corpus, runner, records) = try Self.run()
        defer { corpus.remove() }
        let index = ReportPageProbe(try Self.page(runner, "index.html"))
        for d in records { #expect(index.hrefs.contains("documents/\(d.docID).html"), "\(d.source) not linked") }
        let report = runner.output.appendingPathComponent("report")
        for (page, base) in [("index.html", report), ("indicators.html", report)]
            + records.map({ ("documents/\($0.docID).html", report.appendingPathComponent("documents")) }) {
            let probe = ReportPageProbe(try Self.page(runner, page))
            for href in probe.hrefs {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                if parts[0].isEmpty {
                    #expect(probe.ids.contains(parts[1]), "\(page): anchor \(href) has no target")
                } else {
                    #expect(!href.contains("://"), "\(page): \(href) leaves the report")
                    #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent(parts[0]).standardizedFileURL.path),
                            "\(page): \(href) points to a missing file")
                }
            }
        }
    }

    @Test("`govreports report` on its own rewrites the same report; a second run with nothing new leaves it alone")
    func reportCommandAndRun() throws {
        let (corpus, runner, records) = try Self.run()
        defer { corpus.remove() }
        let before = try Self.page(runner, "documents/\(records[0].docID).html")
        let summary = try runner.writeReport()
        #expect(summary.pages == records.count && summary.documents == records.count)
        #expect(try Self.page(runner, "documents/\(records[0].docID).html") == before)
        let again = try runner.run(RunOptions())
        #expect(again.counts(.export).skipped == 1)
        // The leftover staging folders are gone.
        let names = try FileManager.default.contentsOfDirectory(atPath: runner.output.path)
        #expect(!names.contains { $0.hasPrefix(".export-") })
    }

    @Test("placement: chrome and title lines where normalize placed them, unplaced at the top, a stale record not at all")
    func placement() {
        let cleaned = CleanedDocument(
            docID: "d", source: "s", sha256: "", encoding: "utf-8", isHTML: false, page: PageMetadata(),
            text: "某县２０２２年工作报告\n第一段。\n第二段。",
            removed: [RemovedLine(line: "首页", rule: "breadcrumb", beforeLine: 0), RemovedLine(line: "分享", rule: "share", beforeLine: 2),
                      RemovedLine(line: "打印", rule: "print", beforeLine: 3), RemovedLine(line: "旧", rule: "old")],
            diagnostics: [])
        let normalized = NormalizeStage(config: NormalizeConfig()).normalize(cleaned)
        let p = ChromePlacement(normalized: normalized, normalizedText: "第一段。\n第二段。")
        #expect(p.before[0]?.map(\.rule) == ["breadcrumb", "title"])
        #expect(p.before[0]?.last?.line == "某县2022年工作报告")
        #expect(p.before[1]?.map(\.rule) == ["share"])
        #expect(p.before[2]?.map(\.rule) == ["print"])
        #expect(p.unplaced.map(\.rule) == ["old"])
        // Texts that do not correspond (a stale normalize record) place nothing rather than misplace it.
        let stale = ChromePlacement(normalized: normalized, normalizedText: "别的文本。")
        #expect(stale.before.isEmpty)
        #expect(stale.unplaced.count == 5, "four chrome lines and the title line")
    }

    @Test("export.report is a validated config key, off by default, and part of the export fingerprint")
    func configKey() throws {
        let off = try JSONDecoder().decode(PipelineConfig.self, from: Data(#"{"version":1}"#.utf8))
        #expect(off.export.report == false)
        let on = try JSONDecoder().decode(PipelineConfig.self, from: Data(#"{"version":1,"export":{"report":true}}"#.utf8))
        #expect(on.export.report)
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(PipelineConfig.self, from: Data(#"{"version":1,"export":{"reports":true}}"#.utf8))
        }
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(PipelineConfig.self, from: Data(#"{"version":1,"export":{"report":"yes"}}"#.utf8))
        }
        let base = URL(fileURLWithPath: "/tmp")
        let a = PipelineRunner(config: off, baseDirectory: base, output: base, logger: .init(label: "t"))
        let b = PipelineRunner(config: on, baseDirectory: base, output: base, logger: .init(label: "t"))
        #expect(a.configSHA(.export) != b.configSHA(.export))
    }
}
