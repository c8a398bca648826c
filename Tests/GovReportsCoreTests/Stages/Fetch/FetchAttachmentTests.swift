import Foundation
import Logging
import Testing
@testable import GovReportsCore

/// Attachment links on fetched report pages (issue 22): each becomes its own document linked to its page, fetched in
/// the same run by the same fetcher, and an unchanged attachment is a 304 on the next run.
@Suite(.serialized) struct FetchAttachmentTests {
    /// A report page linking a PDF (by target), a DOCX named by its 附件 text, an off-host PDF and an ordinary page.
    static func server(pdf: [UInt8]) throws -> TestHTTPServer {
        try TestHTTPServer { request, _ in
            switch request.path {
            case "/gk/report.html":
                return .html("""
                <html><head><meta charset="utf-8"><title>2023年度政府信息公开工作年度报告</title></head><body>
                <h1>2023年度政府信息公开工作年度报告</h1><p>全文见附件。</p>
                <p><a href="../files/disclosure.pdf">附件：2023年度政府信息公开工作年度报告.pdf</a></p>
                <p><a href="http://example.org/files/other.pdf">外站附件.pdf</a></p>
                <p><a href="/gk/list.html">返回列表</a></p>
                </body></html>
                """)
            case "/files/disclosure.pdf":
                if request.headers["if-none-match"] == "\"pdf1\"" {
                    return .respond(status: 304, headers: ["etag": "\"pdf1\""], body: [])
                }
                return .respond(status: 200, headers: ["content-type": "application/pdf", "etag": "\"pdf1\""], body: pdf)
            default: return .status(404)
            }
        }
    }

    /// A runner whose only source is the report page; `.none` grouping runs one pass, `.host` two (templates).
    static func runner(_ server: TestHTTPServer, folder: URL, group: TemplateGrouping) -> PipelineRunner {
        var config = PipelineConfig()
        config.clean.template.group = group
        config.sources = [SourceSpec(url: server.url("/gk/report.html"))]
        config.fetch = FetchFixtures.config(retries: 0)
        return PipelineRunner(config: config, baseDirectory: folder, output: folder.appendingPathComponent("output"),
                              logger: Logger(label: "test"))
    }

    /// The `documents.jsonl` rows by doc_id.
    static func documentRows(_ runner: PipelineRunner) throws -> [String: [String: Any]] {
        let text = try String(contentsOf: runner.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        var rows: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            rows[row["doc_id"] as? String ?? ""] = row
        }
        return rows
    }

    /// Page plus PDF give two linked documents; the second run asks for the PDF conditionally and does no work on it.
    @Test(.enabled(if: AttachmentFixtures.convertersInstalled, AttachmentFixtures.skipNote), arguments: [TemplateGrouping.host, .none])
    func pageWithPDFYieldsTwoLinkedDocuments(group: TemplateGrouping) throws {
        let server = try Self.server(pdf: try AttachmentFixtures.bytes("disclosure.pdf"))
        defer { server.shutdown() }
        let folder = FetchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pageID = DocumentID.make(source: server.url("/gk/report.html"))
        let pdfURL = server.url("/files/disclosure.pdf")
        let pdfID = DocumentID.make(source: pdfURL)

        let runner = Self.runner(server, folder: folder, group: group)
        let first = try runner.run(RunOptions())
        #expect(first.failures.isEmpty, "\(first.failures)")
        #expect(first.documents == 2)
        #expect(server.requests("/files/disclosure.pdf").count == 1)
        #expect(server.requests("/gk/list.html").isEmpty, "only attachment links are followed")
        let record = try runner.store.read(FetchRecord.self, stage: .fetch, docID: pdfID)
        #expect(record.parentDocID == pageID)
        #expect(record.source == pdfURL)
        #expect(try runner.store.read(FetchRecord.self, stage: .fetch, docID: pageID).parentDocID == nil)
        let rows = try Self.documentRows(runner)
        #expect(rows.count == 2)
        #expect(rows[pdfID]?["parent_doc_id"] as? String == pageID)
        #expect(rows[pageID]?["parent_doc_id"] is NSNull)
        #expect((rows[pdfID]?["chars"] as? Int ?? 0) > 0, "the PDF's text reached extract")
        // `documents()` lists the attachment offline, linked to its page.
        #expect(try runner.documents(inputs: []).first { $0.docID == pdfID }?.parentDocID == pageID)

        let again = Self.runner(server, folder: folder, group: group)
        let second = try again.run(RunOptions())
        #expect(second.failures.isEmpty, "\(second.failures)")
        #expect(second.documents == 2)
        #expect(server.requests("/files/disclosure.pdf").map { $0.headers["if-none-match"] } == [nil, "\"pdf1\""])
        let refetched = try again.store.read(FetchRecord.self, stage: .fetch, docID: pdfID)
        #expect(refetched.notModified == true)
        #expect(refetched.sha256 == record.sha256)
        #expect(refetched.parentDocID == pageID)
        // Nothing downstream of fetch ran again for either document.
        for stage in [StageName.clean, .normalize, .extract] {
            #expect(second.stages[stage.rawValue]?.done == 0, "\(stage): \(second.stages[stage.rawValue]!)")
        }
        #expect(try Self.documentRows(again)[pdfID]?["parent_doc_id"] as? String == pageID)
    }

    /// The links read from a stored page: same-host attachments only, in order; none from a non-HTML body.
    @Test func linksComeFromHTMLPagesOnly() {
        let page = FetchRecord(docID: "p", source: "http://127.0.0.1:1/a/b.html", rawFile: "p.raw", fetchedAt: "",
                               sha256: "", byteCount: 0, finalURL: "http://127.0.0.1:1/a/b.html")
        let html = Array("""
        <html><body><a href="x.docx">下载</a><a href="http://other.test/y.pdf">y.pdf</a><a href="/z.html">z</a>
        <a href="/dl?id=3">附件：年度报告.doc</a></body></html>
        """.utf8)
        #expect(AttachmentExpander.links(record: page, bytes: html)
            == ["http://127.0.0.1:1/a/x.docx", "http://127.0.0.1:1/dl?id=3"])
        var pdf = page
        pdf.source = "http://127.0.0.1:1/a/file"
        pdf.finalURL = pdf.source
        #expect(AttachmentExpander.links(record: pdf, bytes: Array("%PDF-1.4 <a href='x.pdf'>".utf8)).isEmpty)
    }
}
