import Foundation
import Testing
@testable import GovReportsCore

/// Pages written to imitate the range of government CMS layouts a site not in `../shared` would have
/// (`Resources/unseen/`, with `evaldata.jsonl` in the real pages' format plus `header`, `signed`,
/// `published_absent`, `source`, `source_absent` and `diagnostics`): chrome classes, body containers, titles, dates and header metadata
/// each varied along what the clean rules depend on.
@Suite struct CleanUnseenLayoutsTests {
    /// The fixture folder.
    static var folder: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("unseen")
    }

    /// The in-memory chain with the default configuration.
    static let pipeline: StageChain = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! StageChain(config: PipelineConfig(), baseDirectory: root)
    }()

    /// The expectation lines.
    static func cases() throws -> [[String: Any]] {
        try CleanFixtures.jsonLines(folder.appendingPathComponent("evaldata.jsonl"))
    }

    /// Every page passes the eval's page checks (snippets kept, chrome gone, title, date), page by page; a page
    /// marked `open` (a class clean does not solve yet, named there) must still fail, so that fixing it is noticed.
    @Test func pageChecksPass() throws {
        let report = try Evaluator(pipeline: Self.pipeline).evaluate(documents: Self.folder, gold: nil)
        let cases = try Self.cases()
        let open = Set(cases.filter { $0["open"] != nil }.map { (($0["file"] as! String) as NSString).deletingPathExtension })
        #expect(report.documents.count == cases.count)
        for doc in report.documents {
            #expect(doc.error == nil, "\(doc.doc): \(doc.error ?? "")")
            if open.contains(doc.doc) {
                #expect(!(doc.pageFailures ?? []).isEmpty, "\(doc.doc) passes now: drop its `open` mark")
            } else {
                #expect((doc.pageFailures ?? []).isEmpty, "\(doc.doc): \(doc.pageFailures ?? [])")
            }
        }
        #expect(report.pageChecks > 0)
    }

    /// Header metadata (索引号 / 发文机关 / 成文日期 / 文号, in a table or a definition list), signature dates, a
    /// missing publication date left missing, and the diagnostics each page must raise.
    @Test func fieldsAndDiagnostics() throws {
        for item in try Self.cases() {
            let file = item["file"] as! String
            let result = try Self.pipeline.run(file: Self.folder.appendingPathComponent(file))
            let meta = result.extracted.metadata
            if let header = item["header"] as? [String: String] {
                // A page whose header is marked `header_open` (a field clean does not read yet) must still miss one.
                let got = [meta.indexNo, meta.issuer, meta.written, meta.docNumber]
                let want = [header["indexNo"], header["issuer"], header["written"], header["docNumber"]]
                if let reason = item["header_open"] as? String {
                    #expect(got != want, "\(file): header fields pass now (\(reason)): drop its `header_open` mark")
                } else {
                    #expect(meta.indexNo == header["indexNo"], "\(file): index_no \(meta.indexNo ?? "nil")")
                    #expect(meta.issuer == header["issuer"], "\(file): issuer \(meta.issuer ?? "nil")")
                    #expect(meta.written == header["written"], "\(file): written \(meta.written ?? "nil")")
                    #expect(meta.docNumber == header["docNumber"], "\(file): doc_number \(meta.docNumber ?? "nil")")
                }
            }
            if let signed = item["signed"] as? String {
                #expect(meta.signed == signed, "\(file): signed \(meta.signed ?? "nil")")
            }
            if let source = item["source"] as? String {
                #expect(result.cleaned.page.sourceLabel == source, "\(file): 来源 \(result.cleaned.page.sourceLabel ?? "nil")")
            }
            if item["source_absent"] as? Bool == true {
                #expect(result.cleaned.page.sourceLabel == nil, "\(file): 来源 \(result.cleaned.page.sourceLabel ?? "nil") from an empty field")
            }
            if item["published_absent"] as? Bool == true {
                #expect(meta.published == nil, "\(file): published \(meta.published ?? "nil") from no visible date")
            }
            let codes = Set((result.cleaned.diagnostics + result.extracted.diagnostics).map(\.code.rawValue))
            for code in item["diagnostics"] as? [String] ?? [] {
                #expect(codes.contains(code), "\(file): no \(code) diagnostic (has \(codes.sorted()))")
            }
        }
    }
}
