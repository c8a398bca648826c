import CLibXML2
import Foundation
import Testing
@testable import GovReportsCore

/// The clean stage's defences against hostile size and shape: the input-size limit, deep nesting, nested containers.
@Suite struct CleanLimitsTests {
    /// A document over `clean.maxInputBytes` is refused with a diagnostic naming it and the key to raise;
    /// one of exactly the limit is cleaned.
    @Test func oversizedInputIsRefusedByName() throws {
        let line = Array("全年办理行政许可295件,开展普法宣传活动10场。\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 4096 { bytes += line }
        let cleaner = try CleanFixtures.cleaner(CleanConfig(maxInputBytes: bytes.count - 1))
        do {
            _ = try cleaner.clean(bytes, record: CleanFixtures.record("huge.txt"))
            Issue.record("an oversized document was cleaned")
        } catch {
            #expect(error == .tooLarge(docID: "doc-huge.txt", source: "huge.txt", bytes: bytes.count, limit: bytes.count - 1))
            #expect(error.description.hasPrefix("huge.txt: "))
            #expect(error.description.contains("clean.maxInputBytes"))
        }
        let atLimit = try CleanFixtures.cleaner(CleanConfig(maxInputBytes: bytes.count))
        #expect(try atLimit.clean(bytes, record: CleanFixtures.record("huge.txt")).text.contains("开展普法宣传活动10场"))
    }

    /// The default limit is the documented 8 MiB, and `pipeline.json` can change it but not below 1 KiB.
    @Test func limitIsConfigurable() throws {
        #expect(CleanConfig().maxInputBytes == 8 * 1024 * 1024)
        let raised = try PipelineConfig.parse(Data(#"{"clean": {"maxInputBytes": 67108864}}"#.utf8), path: "pipeline.json")
        #expect(raised.clean.maxInputBytes == 64 * 1024 * 1024)
        do {
            _ = try PipelineConfig.parse(Data(#"{"clean": {"maxInputBytes": 10}}"#.utf8), path: "pipeline.json")
            Issue.record("a 10-byte limit was accepted")
        } catch {
            #expect(error.description.contains("clean.maxInputBytes"))
        }
    }

    /// 100,000 unclosed `<div>`s (libxml2 alone stops at 256 levels and drops the rest) still yield the sentence.
    @Test func deepNestingKeepsTheBodySentence() throws {
        var page = Array("<html><head><title>深层嵌套</title></head><body>".utf8)
        for _ in 0..<100_000 { page += Array("<div>".utf8) }
        page += Array("深层嵌套的正文办理案件12件。".utf8)
        let doc = try CleanFixtures.cleaner().clean(page, record: CleanFixtures.record("deep.html"))
        #expect(doc.text == "深层嵌套的正文办理案件12件。")
        #expect(!doc.warnings.contains { $0.contains("stopped early") })
    }

    /// When libxml2 does halt (here: its default depth limit), the document carries the parser's own reason.
    @Test func parserHaltIsDetected() throws {
        var page = Array("<html><body>".utf8)
        for _ in 0..<300 { page += Array("<div>".utf8) }
        page += Array("正文。".utf8)
        let strict = HTMLDocument.options & ~Int32(bitPattern: XML_PARSE_HUGE.rawValue)
        let halted = try #require(HTMLDocument(utf8: page, options: strict))
        #expect(halted.haltReason?.contains("depth") == true)
        let full = try #require(HTMLDocument(utf8: page))
        #expect(full.haltReason == nil)
        let error = CleanError.parserHalted(docID: "d", source: "deep.html", reason: "Excessive depth in document: 256")
        #expect(error.description.hasPrefix("deep.html: ") && error.description.contains("Excessive depth"))
    }

    /// That depth limit lives in libxml2's tree builder: the SAX parse clean uses reads the same page whole
    /// even with the strict options.
    @Test func saxParseHasNoTreeDepthLimit() throws {
        var page = Array("<html><body>".utf8)
        for _ in 0..<300 { page += Array("<div>".utf8) }
        page += Array("深层正文办理案件12件。".utf8)
        let strict = HTMLDocument.options & ~Int32(bitPattern: XML_PARSE_HUGE.rawValue)
        let analyzer = PageAnalyzer(table: try ChromeTable.bundled(), userContainers: [])
        let (analysis, haltReason) = try #require(analyzer.analyze(utf8: page, options: strict))
        #expect(haltReason == nil)
        #expect(analysis.bodyLines == ["深层正文办理案件12件。"])
    }

    /// Thousands of nested content containers pick a box holding the sentence (and do not take cubic time).
    @Test func nestedContainersStillFindTheBody() throws {
        var page = Array("<html><body>".utf8)
        for _ in 0..<5_000 { page += Array("<div class=\"content\">".utf8) }
        page += Array("<p>全年共办理行政许可295件,开展普法宣传活动10余场。</p>".utf8)
        let doc = try CleanFixtures.cleaner().clean(page, record: CleanFixtures.record("nested.html"))
        #expect(doc.text == "全年共办理行政许可295件,开展普法宣传活动10余场。")
    }
}
