import Foundation
import Logging
import Testing
@testable import GovReportsCore

/// WARC archives as a source: which records become documents, their ids, charsets, duplicates, and whole runs.
@Suite(.serialized) struct WARCSourceTests {
    /// A crawl with every kind of record a real one holds, one member per record.
    static func crawl() -> [[UInt8]] {
        let gbkBody = FetchFixtures.gbkPage()
        let request = WARCFixtures.record(["WARC-Type: request", "WARC-Target-URI: http://gov.example/a.html",
                                           "Content-Type: application/http; msgtype=request"],
                                          block: Array("GET /a.html HTTP/1.1\r\nHost: gov.example\r\n\r\n".utf8))
        return [
            WARCFixtures.warcinfo(),
            request,
            WARCFixtures.response("http://gov.example/a.html", body: WARCFixtures.page("甲县2023年法治政府建设年度报告"),
                                  date: "2024-03-01T08:00:00Z"),
            WARCFixtures.response("http://gov.example/logo.png", body: [0x89, 0x50, 0x4e, 0x47, 0, 0, 0], contentType: "image/png"),
            WARCFixtures.response("http://gov.example/gone.html", body: WARCFixtures.page("找不到"), status: "404 Not Found"),
            // The charset is only in the HTTP header, as fetch sees it.
            WARCFixtures.response("http://gov.example/gbk.html", body: gbkBody, contentType: "text/html; charset=GBK"),
            // Mislabelled text/plain, but HTML by its bytes.
            WARCFixtures.response("http://gov.example/b", body: WARCFixtures.page("乙市2022年度报告"), contentType: "text/plain"),
            WARCFixtures.response("http://gov.example/robots.txt", body: Array("User-agent: *\nDisallow:\n".utf8),
                                  contentType: "text/plain"),
            // A later crawl of a.html appended after, and an older copy appended after that: the latest date wins.
            WARCFixtures.response("http://gov.example/a.html", body: WARCFixtures.page("甲县2023年法治政府建设年度报告（修订）"),
                                  date: "2024-05-01T08:00:00Z"),
            WARCFixtures.response("http://gov.example/a.html", body: WARCFixtures.page("甲县旧版"), date: "2023-01-01T08:00:00.5Z"),
        ]
    }

    /// Only HTML page responses, one per URI (the latest), ids from the URI, the bad record an issue.
    @Test func scanKeepsHTMLPagesLatestPerURI() throws {
        let dir = WARCFixtures.folder()
        var members = Self.crawl().map(Gzip.member)
        var cut = WARCFixtures.response("http://gov.example/cut.html", body: WARCFixtures.page("断"))
        cut.removeLast(40)
        members.insert(Gzip.member(cut), at: 3)
        try WARCFixtures.write(members.flatMap { $0 }, "crawl-1.warc.gz", in: dir)
        let log = WARCScanLog()
        let resolver = SourceResolver(baseDirectory: dir, warcLog: log)
        let spec = try JSONDecoder().decode(SourceSpec.self, from: Data(#"{"warc": "*.warc.gz"}"#.utf8))
        let docs = try resolver.resolve([spec])
        #expect(docs.map(\.source) == ["http://gov.example/gbk.html", "http://gov.example/b", "http://gov.example/a.html"])
        #expect(docs.map(\.docID) == docs.map { DocumentID.make(source: $0.source) })
        #expect(docs.allSatisfy { $0.url == nil && $0.path == nil && $0.warc != nil })
        #expect(log.issues.count == 1 && log.issues[0].archive == "crawl-1.warc.gz")
        #expect(log.issues[0].position == WARCPosition(member: members[0..<3].reduce(0) { $0 + $1.count }))
        #expect(log.superseded == 2)
        // warcinfo, request, png, 404, robots.txt.
        #expect(log.skipped == 5)
        // Same archive, same documents and ids: re-runs are stable.
        #expect(try SourceResolver(baseDirectory: dir).resolve([spec]) == docs)

        let stage = FetchStage()
        let chain = try StageChain(config: PipelineConfig(), baseDirectory: dir)
        let latest = try stage.run(FetchRequest(document: docs[2]))
        #expect(try chain.run(RawDocument(record: latest.record, bytes: latest.bytes!)).normalized.text.contains("修订"))
        let gbk = try stage.run(FetchRequest(document: docs[0]))
        #expect(gbk.record.charsetHint == "gbk" && gbk.bytes == FetchFixtures.gbkPage())
        #expect(gbk.record.httpStatus == 200 && gbk.record.fetchedAt == "2024-03-01T08:00:00Z")
        let cleaned = try chain.run(RawDocument(record: gbk.record, bytes: gbk.bytes!))
        // GBK is decoded as its superset GB18030, as for a fetched page.
        #expect(cleaned.cleaned.encoding == "gb18030")
        #expect(((cleaned.normalized.title ?? "") + cleaned.normalized.text).contains("法治政府建设年度报告"))
        #expect(!cleaned.cleaned.diagnostics.contains { $0.code == .bytesReplaced })
    }

    /// The same records in a whole-file gzip and in a plain file give the same documents (at their positions).
    @Test func wholeGzipAndPlainArchivesGiveTheSameDocuments() throws {
        let dir = WARCFixtures.folder()
        try WARCFixtures.write(Gzip.member(Self.crawl().flatMap { $0 }), "whole.warc.gz", in: dir)
        try WARCFixtures.write(Self.crawl().flatMap { $0 }, "plain.warc", in: dir)
        let resolver = SourceResolver(baseDirectory: dir)
        for name in ["whole.warc.gz", "plain.warc"] {
            let docs = try resolver.resolve([SourceSpec(warc: name)])
            #expect(docs.map(\.source) == ["http://gov.example/gbk.html", "http://gov.example/b", "http://gov.example/a.html"])
            let fetched = try FetchStage().run(FetchRequest(document: docs[1]))
            #expect(fetched.bytes == WARCFixtures.page("乙市2022年度报告"))
        }
    }

    /// A pipeline run over a WARC source writes its datasets; the second run does nothing; a bad record fails the
    /// run (exit 65) with a failure naming the archive and offset.
    @Test func runOverWARCSourceIsStable() throws {
        let dir = WARCFixtures.folder()
        let members = Self.crawl().map(Gzip.member)
        try WARCFixtures.write(members.flatMap { $0 }, "crawl.warc.gz", in: dir)
        var config = PipelineConfig()
        config.sources = [SourceSpec(warc: "crawl.warc.gz")]
        let output = dir.appendingPathComponent("out")
        let first = try PipelineRunner(config: config, baseDirectory: dir, output: output, logger: Logger(label: "test")).run(RunOptions())
        #expect(first.failures.isEmpty, "\(first.failures)")
        #expect(first.counts(.extract).done == 3)
        let documents = try String(contentsOf: output.appendingPathComponent("documents.csv"), encoding: .utf8)
        #expect(documents.contains("http://gov.example/gbk.html"))
        let second = try PipelineRunner(config: config, baseDirectory: dir, output: output, logger: Logger(label: "test")).run(RunOptions())
        #expect(second.nothingToDo)

        var torn = members.flatMap { $0 }
        torn += Gzip.member(WARCFixtures.response("http://gov.example/late.html", body: WARCFixtures.page("迟"))).prefix(30)
        try WARCFixtures.write(torn, "crawl.warc.gz", in: dir)
        let third = try PipelineRunner(config: config, baseDirectory: dir, output: output, logger: Logger(label: "test")).run(RunOptions())
        #expect(third.failures.count == 1)
        #expect(third.failures.first?.code == .warcRecordBad)
        #expect(third.failures.first?.reason.contains("crawl.warc.gz at offset \(members.reduce(0) { $0 + $1.count })") == true)
        #expect(third.counts(.extract).skipped == 3)
    }

    /// The stream seam: the same raw documents from a pipe as the source gives, in stream order, duplicates kept,
    /// a cut record an item of its own.
    @Test func documentReaderGivesTheSourcesDocuments() throws {
        let dir = WARCFixtures.folder()
        var records = Self.crawl()
        var cut = WARCFixtures.response("http://gov.example/cut.html", body: WARCFixtures.page("断"))
        cut.removeLast(40)
        records.insert(cut, at: 2)
        let path = try WARCFixtures.write(records.map(Gzip.member).flatMap { $0 }, "s.warc.gz", in: dir)
        let reader = try WARCDocumentReader(path: path)
        var ids: [String] = []
        var failed: [Diagnostic] = []
        while let item = try reader.next() {
            switch item {
            case .document(let raw): ids.append(raw.record.source)
            case .failed(_, _, let diagnostic): failed.append(diagnostic)
            }
        }
        #expect(ids == ["http://gov.example/a.html", "http://gov.example/gbk.html", "http://gov.example/b",
                        "http://gov.example/a.html", "http://gov.example/a.html"])
        #expect(failed.count == 1 && failed[0].code == .warcRecordBad && failed[0].message.contains("cut short"))
        #expect(reader.skipped == 5)
    }
}
