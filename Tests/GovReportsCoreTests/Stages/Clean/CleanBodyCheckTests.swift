import Foundation
import Testing
@testable import GovReportsCore

/// A body cannot be lost silently: a known container that holds a URL, nothing or a stub yields the body through
/// the fallback cascade plus a `body-suspect:` diagnostic, and no body ever holds under a third of the page's
/// sentence text without one.
struct CleanBodyCheckTests {
    /// Body paragraphs written for these tests (an invented county report).
    static let paragraphs = [
        "2023年，县司法局坚持以法治思想为引领，统筹推进法治政府建设各项任务，全年办理行政复议案件41件，较上年增长12%。",
        "全县组织行政执法人员专题培训6期，参训人员达到1300余人次，执法证件年审覆盖全部在岗人员。",
        "聚焦营商环境优化，清理规范性文件58件，废止失效文件9件，公开征求意见的文件全部在网站发布。",
        "下一步，我们将继续深化综合行政执法改革，推动行政争议实质性化解，不断提高依法行政水平。",
    ]

    /// A page whose known container (`TRS_Editor`) holds `inner`, with the real body in a plain wrapper beside it.
    static func page(container inner: String) -> [UInt8] {
        let body = paragraphs.map { "<p>\($0)</p>" }.joined()
        let html = """
        <html><head><meta charset="utf-8"><title>某县司法局2023年法治政府建设年度报告</title></head><body>
        <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a></div>
        <div class="TRS_Editor">\(inner)</div>
        <div class="wrap">\(body)</div>
        <div class="footer">版权所有：某县人民政府</div></body></html>
        """
        return Array(html.utf8)
    }

    /// A container holding only a URL, nothing or a one-line stub: the body comes through, with the diagnostic.
    @Test(arguments: ["http://www.example.gov.cn/art/2024/1/5/art_1229_88.html", "", "<p>详见附件。</p>"])
    func weakContainerFallsBackWithDiagnostic(inner: String) throws {
        let doc = try CleanFixtures.cleaner().clean(Self.page(container: inner), record: CleanFixtures.record("x.html"))
        for paragraph in Self.paragraphs { #expect(doc.text.contains(paragraph)) }
        #expect(doc.diagnostics.contains { $0.code == .bodySuspect && $0.message.hasPrefix("body-suspect:") }, "\(doc.warnings)")
        #expect(!doc.text.contains("http://www.example.gov.cn"))
    }

    /// A container that holds the body passes without a diagnostic.
    @Test func goodContainerHasNoDiagnostic() throws {
        let inner = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        let html = "<html><head><meta charset=\"utf-8\"></head><body><div class=\"TRS_Editor\">\(inner)</div>"
            + "<div class=\"footer\">版权所有</div></body></html>"
        let doc = try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("y.html"))
        #expect(!doc.warnings.contains { $0.hasPrefix("body-suspect:") })
        #expect(doc.text.contains(Self.paragraphs[3]))
    }

    /// Every page we have (our samples, the shared real pages and seeds, the synthetic weak-container pages):
    /// the chosen body holds at least a third of the page's sentence text, or a `body-suspect` diagnostic says
    /// it does not.
    @Test func neverUnderAThirdWithoutDiagnostic() throws {
        let analyzer = try CleanFixtures.cleaner().analyzer
        var pages: [[UInt8]] = ["", "http://example.gov.cn/1.html", "<p>见附件。</p>", "<span>短</span>"].map { Self.page(container: $0) }
        let fm = FileManager.default
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")
        for folder in [samples, CleanFixtures.sharedDirectory.appendingPathComponent("realpages"),
                       CleanFixtures.sharedDirectory.appendingPathComponent("seeds")] {
            for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".html") {
                pages.append([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
            }
        }
        #expect(pages.count >= 14)
        for bytes in pages {
            let decision = bytes.withUnsafeBufferPointer { CharsetDetector.detect($0, hint: nil) }
            let utf8 = bytes.withUnsafeBufferPointer { TextDecoder.decode($0, charset: decision.charset, knownInvalid: nil).utf8 }
            guard let (analysis, _) = analyzer.analyze(utf8: utf8) else { continue }
            let fair = 3 * Int(analysis.bodySentenceWeight) >= Int(analysis.pageSentenceWeight)
            #expect(fair || analysis.bodySuspect?.hasPrefix("body-suspect:") == true,
                    "body \(analysis.bodySentenceWeight) of \(analysis.pageSentenceWeight) without a diagnostic")
        }
    }

    /// The same long paragraph twice in the output is a diagnostic of its own.
    @Test func duplicatedParagraphIsDiagnosed() {
        let line = Self.paragraphs[0]
        #expect(DuplicateParagraphs.diagnostic([line, Self.paragraphs[1], line])?.hasPrefix("duplicate-paragraphs:") == true)
        #expect(DuplicateParagraphs.diagnostic(Self.paragraphs) == nil)
        #expect(DuplicateParagraphs.diagnostic(["1", "1", "序号", "序号"]) == nil)
    }
}
