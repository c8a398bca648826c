import Foundation
import Testing
@testable import GovReportsCore

/// Chinese punctuation stays as written through normalize and extract, while the rules still fire on it.
@Suite struct TextsAsWrittenTests {
    /// The in-memory clean → normalize → extract chain with the default configuration.
    static let pipeline: StageChain = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try! StageChain(config: PipelineConfig(), baseDirectory: root)
    }()

    /// A text report written with full-width punctuation and full-width digits.
    static let report = """
        某区司法局２０２３年度法治政府建设工作报告
        一、主要举措和成效：
        （一）完善制度体系。制定《某区重大行政决策程序规定（试行）》，办理行政复议案件１２件；另有某政办〔２０２３〕５号文件。
        （二）推进执法规范化。全年开展培训３期，参训约９００人（含辅警）。
        """

    /// Runs the report through the chain.
    func run(_ text: String) throws -> ChainResult {
        try Self.pipeline.run(Array(text.utf8), source: "report.txt")
    }

    /// The text keeps ，：；（）, digits are folded, and each record's strings are cut from that text by its offsets.
    @Test func recordsQuoteTheTextAsWritten() throws {
        let x = try run(Self.report).extracted
        #expect(x.text.contains("（一）完善制度体系。制定《某区重大行政决策程序规定（试行）》，办理行政复议案件12件；"))
        #expect(!x.text.contains("(") && !x.text.contains(",") && !x.text.contains(";"))
        let scalars = Array(x.text.unicodeScalars)
        let cases = try #require(x.quantities.first { $0.value == 12 })
        #expect(cases.text == "12件")
        #expect(cases.sentence.contains("《某区重大行政决策程序规定（试行）》，办理行政复议案件12件；"))
        #expect(String(String.UnicodeScalarView(scalars[cases.charStart..<cases.charEnd])) == cases.text)
        let trainees = try #require(x.quantities.first { $0.value == 900 })
        #expect(trainees.approx == "约")
        // Sections are found on `（一）` as on `(一)`; the path is the canonical key, the marker as written.
        let sub = try #require(x.sections.first { $0.level == 2 && $0.title.hasPrefix("完善制度体系") })
        #expect(sub.path == "一/(一)")
        #expect(sub.marker == "（一）")
        #expect(x.sections.contains { $0.level == 1 && $0.title == "主要举措和成效" })
        let title = try #require(x.citations.first { $0.kind == .title })
        #expect(title.text == "某区重大行政决策程序规定（试行）")
        #expect(title.titleKind == "规定")
        let number = try #require(x.citations.first { $0.kind == .docNumber })
        #expect(number.year == 2023 && number.serial == 5)
        #expect(number.text == String(String.UnicodeScalarView(scalars[number.charStart..<number.charEnd])))
        #expect(x.metadata.reportYear == 2023)
    }

    /// The same report written with ASCII punctuation yields the same values, sections and citations.
    @Test func rulesReadBothWidthsAlike() throws {
        let ascii = String(String.UnicodeScalarView(Self.report.unicodeScalars.map {
            ($0.value >= 0xFF01 && $0.value <= 0xFF5E) ? Unicode.Scalar($0.value - 0xFEE0)! : $0
        }))
        let a = try run(ascii).extracted, w = try run(Self.report).extracted
        #expect(a.quantities.map(\.value) == w.quantities.map(\.value))
        #expect(a.quantities.map(\.charStart) == w.quantities.map(\.charStart))
        #expect(a.sections.map(\.path) == w.sections.map(\.path))
        #expect(a.citations.map(\.charStart) == w.citations.map(\.charStart))
        #expect(a.indicators.map(\.indicator) == w.indicators.map(\.indicator))
        #expect(a.metadata.reportYear == w.metadata.reportYear)
    }

    /// A page title with full-width brackets comes out with them.
    @Test func htmlTitleKeepsFullWidthBrackets() throws {
        let html = "<html><head><meta charset=\"utf-8\"><title>山西品牌丝路行（南美站）正式启动</title></head><body>"
            + "<div class=\"article\"><h1>山西品牌丝路行（南美站）正式启动</h1><p>活动跨越千山万水，行程近两万公里，共有近200家企业参加。</p>"
            + "<p>两地路途遥远，但合作潜力巨大，超过90%的企业表示愿意继续参加。</p></div></body></html>"
        let r = try Self.pipeline.run(Array(html.utf8), source: "page.html")
        #expect(r.extracted.metadata.title == "山西品牌丝路行（南美站）正式启动")
    }
}
