import Foundation
import NIOConcurrencyHelpers
import Testing
@testable import GovReportsCore

/// The fetch archive (`fetch.warc`): request and response records with valid digests, read back as a source, never
/// touched by a failed refetch, and whole records after a torn write.
@Suite(.serialized) struct WARCArchiveTests {
    /// 2024-03-01 and 2024-03-02, noon UTC.
    static let day1 = Date(timeIntervalSince1970: 1_709_294_400)
    static let day2 = day1.addingTimeInterval(86_400)

    /// A server with a UTF-8 page, a gzip-encoded page and a redirect; `broken` makes every page answer 503.
    static func server(broken: NIOLockedValueBox<Bool>) throws -> TestHTTPServer {
        let gzipped = try FetchFixtures.resource("page.html.gz")
        return try TestHTTPServer { request, _ in
            if broken.withLockedValue({ $0 }), request.path != "/robots.txt" { return .status(503) }
            switch request.path {
            case "/a.html": return .html("<html><body><p>某县2023年法治政府建设年度报告</p></body></html>", headers: ["etag": "\"a1\""])
            case "/z.html": return .respond(status: 200, headers: ["content-type": "text/html; charset=utf-8", "content-encoding": "gzip"],
                                            body: gzipped)
            case "/old.html": return .respond(status: 301, headers: ["location": "/a.html"], body: [])
            default: return .status(404)
            }
        }
    }

    /// Every record of an archive with its whole block; no issues allowed.
    static func records(_ path: String) throws -> [(WARCRecordHeader, [UInt8])] {
        let (read, issues) = try WARCFixtures.readAll(path)
        #expect(issues.isEmpty, "\(issues)")
        return read.map { ($0.0, $0.1.bytes) }
    }

    /// Request + response per exchange, digests that match the bytes, WARC-Concurrent-To, the decompressed body
    /// with a Content-Length that fits it; and the archive read back as a WARC source gives the fetched bytes.
    @Test func archivesExchangesWithValidDigestsAndReadsBack() throws {
        let broken = NIOLockedValueBox(false)
        let server = try Self.server(broken: broken)
        defer { server.shutdown() }
        let dir = WARCFixtures.folder()
        let archive = WARCArchive(folder: dir, clock: { Self.day1 })
        let fetcher = HTTPFetcher(config: FetchFixtures.config(), archive: archive)
        defer { fetcher.shutdown() }
        let a = try fetcher.fetch(server.url("/a.html"))
        let z = try fetcher.fetch(server.url("/z.html"))
        let redirected = try fetcher.fetch(server.url("/old.html"))
        #expect(redirected.finalURL == server.url("/a.html"))
        let path = dir.appendingPathComponent("20240301.warc.gz").path
        let read = try Self.records(path)
        #expect(read.map { $0.0.type } == ["warcinfo", "response", "request", "response", "request", "response", "request",
                                         "response", "request"])
        #expect(read.map { $0.0.targetURI ?? "" }.filter { $0.hasSuffix("robots.txt") }.isEmpty)
        for (header, block) in read {
            #expect(header.version == "WARC/1.1")
            #expect(header["WARC-Block-Digest"] == WARCDigest.sha1(block), "\(header.type) \(header.targetURI ?? "")")
            #expect(header.recordID?.hasPrefix("<urn:uuid:") == true)
            if header.type == "response" {
                let http = try #require(WARCHTTPResponse.parse(block))
                #expect(header["WARC-Payload-Digest"] == WARCDigest.sha1(block[http.bodyOffset...]))
                #expect(http.header("content-encoding") == nil)
                #expect(http.header("content-length") == String(block.count - http.bodyOffset))
            }
        }
        for pair in stride(from: 1, to: read.count, by: 2) {
            #expect(read[pair + 1].0["WARC-Concurrent-To"] == read[pair].0.recordID)
            #expect(read[pair + 1].0.targetURI == read[pair].0.targetURI)
        }
        #expect(String(decoding: read[2].1, as: UTF8.self).hasPrefix("GET /a.html HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n"))
        // The redirect hop is on record with its Location, then the page it led to.
        #expect(read[5].0.targetURI == server.url("/old.html") && WARCHTTPResponse.parse(read[5].1)?.status == 301)

        let docs = try SourceResolver(baseDirectory: dir).resolve([SourceSpec(warc: "*.warc.gz")])
        #expect(docs.map(\.source) == [server.url("/z.html"), server.url("/a.html")])
        // The same doc_id a URL source of that page has.
        #expect(docs[1].docID == DocumentID.make(source: server.url("/a.html")))
        #expect(try FetchStage().run(FetchRequest(document: docs[0])).bytes == [UInt8](z.body))
        let page = try FetchStage().run(FetchRequest(document: docs[1]))
        #expect(page.bytes == [UInt8](a.body) && page.record.charsetHint == "utf-8")
    }

    /// A failed refetch on a later day writes nothing and leaves the earlier day's archive byte for byte; the next
    /// good fetch goes to its own day's file.
    @Test func failedRefetchNeverTouchesEarlierArchives() throws {
        let broken = NIOLockedValueBox(false)
        let server = try Self.server(broken: broken)
        defer { server.shutdown() }
        let dir = WARCFixtures.folder()
        let today = NIOLockedValueBox(Self.day1)
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 0),
                                  archive: WARCArchive(folder: dir, clock: { today.withLockedValue { $0 } }))
        defer { fetcher.shutdown() }
        _ = try fetcher.fetch(server.url("/a.html"))
        let day1Path = dir.appendingPathComponent("20240301.warc.gz").path
        let before = try Data(contentsOf: URL(fileURLWithPath: day1Path))

        today.withLockedValue { $0 = Self.day2 }
        broken.withLockedValue { $0 = true }
        let url = server.url("/a.html")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .httpStatus(url: url, code: 503))
        // The next good fetch, on day 2, goes to day 2's file.
        broken.withLockedValue { $0 = false }
        #expect(try fetcher.fetch(url).status == 200)
        let day2Path = dir.appendingPathComponent("20240302.warc.gz").path
        #expect(try Data(contentsOf: URL(fileURLWithPath: day1Path)) == before)
        #expect(try Self.records(day2Path).map { $0.0.type } == ["warcinfo", "response", "request"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: day1Path)) == before)
    }

    /// A day file that a killed writer left with a torn last member is trimmed back to whole records before the
    /// next append; every record then reads whole.
    @Test func tornTailIsTrimmedBeforeTheNextAppend() throws {
        let dir = WARCFixtures.folder()
        let archive = WARCArchive(folder: dir, clock: { Self.day1 })
        let url = URL(string: "http://gov.example/a.html")!
        try archive.append(url: url, requestHeaders: [WARCField("User-Agent", "test")], status: 200, reason: "OK",
                           responseHeaders: [WARCField("content-type", "text/html")], body: WARCFixtures.page("一"))
        let path = dir.appendingPathComponent("20240301.warc.gz").path
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let torn = Gzip.member(WARCFixtures.response("http://gov.example/b.html", body: WARCFixtures.page("二")))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(torn.prefix(torn.count / 2)))
        try handle.close()
        #expect(WARCArchive.wholeLength(path) == whole.count)

        let fresh = WARCArchive(folder: dir, clock: { Self.day1 })
        try fresh.append(url: URL(string: "http://gov.example/c.html")!, requestHeaders: [], status: 200, reason: "OK",
                         responseHeaders: [WARCField("content-type", "text/html")], body: WARCFixtures.page("三"))
        let read = try Self.records(path)
        #expect(read.map { $0.0.type } == ["warcinfo", "response", "request", "response", "request"])
        #expect(read.compactMap { $0.0.type == "response" ? $0.0.targetURI : nil } == ["http://gov.example/a.html", "http://gov.example/c.html"])
        #expect(WARCArchive.wholeLength(path) == nil)
    }

    /// Writer round trip: records laid out by the writer read back field for field, in all three storage forms.
    @Test func writerRoundTrip() throws {
        let body = WARCFixtures.page("往返")
        let head = WARCRecordWriter.httpResponseHead(status: 200, reason: "OK",
                                                     headers: [WARCField("Content-Type", "text/html; charset=utf-8"),
                                                               WARCField("Content-Encoding", "gzip"),
                                                               WARCField("Transfer-Encoding", "chunked")],
                                                     bodyLength: body.count)
        let exchange = WARCRecordWriter.exchange(uri: "http://gov.example/x.html?a=1", date: Self.day1,
                                                 request: WARCRecordWriter.httpRequest(URL(string: "http://gov.example:8080/x.html?a=%E4%B8%80")!, headers: []),
                                                 responseHead: head, body: body)
        let dir = WARCFixtures.folder()
        let plain = try WARCFixtures.write(exchange.response + exchange.request, "rt.warc", in: dir)
        let per = try WARCFixtures.write(Gzip.member(exchange.response) + Gzip.member(exchange.request), "rt.warc.gz", in: dir)
        let whole = try WARCFixtures.write(Gzip.member(exchange.response + exchange.request), "rtw.warc.gz", in: dir)
        for path in [plain, per, whole] {
            let read = try Self.records(path)
            #expect(read.count == 2)
            #expect(read[0].0.date == "2024-03-01T12:00:00Z")
            #expect(read[0].0.targetURI == "http://gov.example/x.html?a=1")
            #expect(read[0].1 == head + body)
            #expect(String(decoding: read[1].1, as: UTF8.self) == "GET /x.html?a=%E4%B8%80 HTTP/1.1\r\nHost: gov.example:8080\r\n\r\n")
            let raw = try WARCPayload.document(read[0].0, block: read[0].1, archive: path)
            #expect(raw.bytes == body && raw.record.charsetHint == "utf-8")
        }
        #expect(WARCDigest.base32(Array("foobar".utf8)) == "MZXW6YTBOI======")
    }
}
