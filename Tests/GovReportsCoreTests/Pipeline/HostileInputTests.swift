import Foundation
import Testing
@testable import GovReportsCore

/// Hostile inputs among good ones: each ends as a diagnostic naming the document or as a cleaned document with a
/// warning; the batch always goes on and the good documents are exported.
@Suite(.serialized) struct HostileInputTests {
    /// The fixture folder of hostile files.
    static let fixtures = Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("hostile")

    /// Runs the pipeline over the good test corpus plus `extra` files; returns the report and the runner's output.
    func run(with extra: [String: [UInt8]]) throws -> (RunReport, TestCorpus) {
        let corpus = try TestCorpus()
        for (name, bytes) in extra { try corpus.write(name, bytes) }
        return (try corpus.runner().run(RunOptions()), corpus)
    }

    /// Reads a fixture's bytes.
    func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
    }

    /// Empty, PNG, ZIP and chrome-only pages fail at clean with a reason naming the file; the rest is exported.
    @Test func rejectedInputsAreNamed() throws {
        let (report, corpus) = try run(with: ["empty.html": try fixture("empty.html"), "image.html": try fixture("binary.png"),
                                              "archive.txt": try fixture("archive.zip"), "chrome.html": try fixture("only-chrome.html")])
        defer { corpus.remove() }
        let failed = Dictionary(uniqueKeysWithValues: report.failures.map { ($0.source, $0) })
        #expect(failed.count == 4)
        for name in ["empty.html", "image.html", "archive.txt", "chrome.html"] {
            let f = try #require(failed["docs/\(name)"], "\(name) did not fail")
            #expect(f.stage == .clean)
            #expect(f.reason.contains("docs/\(name)"))
        }
        #expect(failed["docs/empty.html"]?.reason.contains("empty") == true)
        #expect(failed["docs/image.html"]?.reason.contains("binary") == true)
        #expect(report.counts(.extract).done == 3)
        let docs = try String(contentsOf: corpus.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(docs.split(separator: "\n").count == 3)
    }

    /// NUL bytes, invalid UTF-8 and GBK labelled UTF-8 are cleaned with a warning and keep their body text.
    @Test func damagedTextIsRepairedWithWarnings() throws {
        let (report, corpus) = try run(with: ["nul.html": try fixture("nul-bytes.html"), "bad.html": try fixture("invalid-utf8.html"),
                                              "gbk.html": try fixture("gbk-labelled-utf8.html")])
        defer { corpus.remove() }
        #expect(report.failures.isEmpty, "\(report.failures)")
        let texts = try String(contentsOf: corpus.output.appendingPathComponent("texts.jsonl"), encoding: .utf8)
        for snippet in ["全年办理行政复议案件36件", "48场", "全年审查规范性文件15件", "以上为本年度主要工作情况", "新登记社会组织23家"] {
            #expect(texts.contains(snippet), "\(snippet)")
        }
        #expect(!texts.contains("\\u0000"))
        let docs = try String(contentsOf: corpus.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        let warned = docs.split(separator: "\n").filter { $0.contains("\"warnings\":\"") }
        #expect(warned.count >= 3)
    }

    /// Fuzzer find (FuzzClean, crash-7eabb526…): a `<pre>` whose text has newlines used to trap on an exclusive-access
    /// conflict in the clean stage and take the whole run down; now it is cleaned and the batch goes on.
    @Test func preformattedNewlinesDoNotCrash() throws {
        let (report, corpus) = try run(with: ["pre.html": try fixture("fuzz-pre-newline.html")])
        defer { corpus.remove() }
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.counts(.extract).done == 4)
        let texts = try String(contentsOf: corpus.output.appendingPathComponent("texts.jsonl"), encoding: .utf8)
        #expect(texts.contains("三、存在的问题和不足"))
    }

    /// A 50 MB page and a 10 MB single line are over `clean.maxInputBytes` and fail by name before being read
    /// into memory; 100,000 nested elements keep their sentence; the good documents are exported either way.
    @Test func hugeAndDeepInputs() throws {
        var big = Array("<html><head><meta charset=\"utf-8\"><title>大文件</title></head><body><div class=\"TRS_Editor\">".utf8)
        let paragraph = Array("<p>全年共办理行政许可295件,开展普法宣传活动10余场,发放资料1,200份。</p>\n".utf8)
        while big.count < 50_000_000 { big += paragraph }
        big += Array("</div></body></html>".utf8)
        var deep = Array("<html><body>".utf8)
        for _ in 0..<100_000 { deep += Array("<div>".utf8) }
        deep += Array("深层嵌套的正文办理案件12件。".utf8)
        let sentence = Array("依法受理行政复议申请12件,审结10件。".utf8)
        var line: [UInt8] = []
        while line.count < 10_000_000 { line += sentence }
        let (report, corpus) = try run(with: ["big.html": big, "deep.html": deep, "line.txt": line])
        defer { corpus.remove() }
        #expect(report.failures.map(\.source).sorted() == ["docs/big.html", "docs/line.txt"])
        for f in report.failures {
            #expect(f.stage == .clean)
            #expect(f.reason.hasPrefix(f.source + ": "))
            #expect(f.reason.contains("clean.maxInputBytes"))
        }
        #expect(report.counts(.extract).done == 4)
        let texts = try String(contentsOf: corpus.output.appendingPathComponent("texts.jsonl"), encoding: .utf8)
        #expect(texts.contains("深层嵌套的正文办理案件12件。"))
    }

    /// A single 6 MB line, under the limit, is cleaned and extracted whole (opt-in, GOVREPORTS_HEAVY_TESTS=1:
    /// about a minute in a debug build).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GOVREPORTS_HEAVY_TESTS"] == "1", "set GOVREPORTS_HEAVY_TESTS=1"))
    func longLineUnderTheLimitIsProcessed() throws {
        let sentence = Array("依法受理行政复议申请12件,审结10件。".utf8)
        var line: [UInt8] = []
        while line.count < 6_000_000 { line += sentence }
        let (report, corpus) = try run(with: ["line.txt": line])
        defer { corpus.remove() }
        #expect(report.failures.isEmpty, "\(report.failures)")
        let quantities = try String(contentsOf: corpus.output.appendingPathComponent("quantities.csv"), encoding: .utf8)
        // Two quantities per sentence, plus the good documents' own (CSV rows end in CRLF: count the LF bytes).
        #expect(quantities.utf8.count(where: { $0 == 0x0A }) > 2 * line.count / sentence.count)
    }
}
