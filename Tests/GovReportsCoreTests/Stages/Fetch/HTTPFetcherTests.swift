import Foundation
import Testing
@testable import GovReportsCore

/// Fetching against a real HTTP server on 127.0.0.1: charsets, retries, limits, redirects and robots.txt.
@Suite(.serialized) struct HTTPFetcherTests {
    /// A UTF-8 page and a GBK page with the charset only in Content-Type: bytes kept as sent, charset hinted.
    @Test func storesRawBytesAndCharsetHintFromContentType() throws {
        let gbk = FetchFixtures.gbkPage()
        let server = try TestHTTPServer { request, _ in
            switch request.path {
            case "/utf8.html": return .html("<html><body>法治政府建设年度报告</body></html>")
            case "/gbk.html": return .respond(status: 200, headers: ["content-type": "text/html; charset=GBK"], body: gbk)
            default: return .status(404)
            }
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config())
        defer { fetcher.shutdown() }
        let stage = FetchStage(fetcher: fetcher)

        let utf8Doc = SourceDocument(docID: "u1", source: server.url("/utf8.html"), url: server.url("/utf8.html"))
        let utf8 = try stage.run(FetchRequest(document: utf8Doc)).record
        #expect(utf8.charsetHint == "utf-8")
        #expect(utf8.httpStatus == 200)
        #expect(utf8.finalURL == server.url("/utf8.html"))
        #expect(utf8.headers?["content-type"] == "text/html; charset=utf-8")

        let gbkDoc = SourceDocument(docID: "g1", source: server.url("/gbk.html"), url: server.url("/gbk.html"))
        let fetched = try stage.run(FetchRequest(document: gbkDoc))
        let record = fetched.record
        #expect(record.charsetHint == "gbk")
        #expect(record.sha256 == Digest.sha256(Data(gbk)))
        #expect(fetched.bytes == gbk)
        #expect(server.requests("/gbk.html").first?.headers["user-agent"]?.hasPrefix("govreports/") == true)
    }

    /// A 500 then a 200: retried after a backoff, and succeeds.
    @Test func retriesServerErrorThenSucceeds() throws {
        let server = try TestHTTPServer { request, count in
            request.path == "/flaky.html" ? (count == 1 ? .status(500) : .html("ok")) : .status(404)
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 2))
        defer { fetcher.shutdown() }
        let response = try fetcher.fetch(server.url("/flaky.html"))
        #expect(response.status == 200)
        #expect(server.requests("/flaky.html").count == 2)
    }

    /// A 429 with `Retry-After: 1`: the second attempt waits at least that second.
    @Test func honoursRetryAfterOn429() throws {
        let server = try TestHTTPServer { request, count in
            request.path == "/busy.html" ? (count == 1 ? .status(429, headers: ["retry-after": "1"]) : .html("ok"))
                : .status(404)
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 1))
        defer { fetcher.shutdown() }
        #expect(try fetcher.fetch(server.url("/busy.html")).status == 200)
        let seen = server.requests("/busy.html")
        #expect(seen.count == 2)
        let gap = seen[1].arrivedAt.timeIntervalSince(seen[0].arrivedAt)
        #expect(gap >= 0.95, "waited \(gap) s")
    }

    /// Other 4xx are not retried.
    @Test func doesNotRetryClientErrors() throws {
        let server = try TestHTTPServer { _, _ in .status(404) }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 3))
        defer { fetcher.shutdown() }
        let url = server.url("/missing.html")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .httpStatus(url: url, code: 404))
        #expect(server.requests("/missing.html").count == 1)
    }

    /// A response slower than the total timeout fails with `timeout`.
    @Test func slowResponseTimesOut() throws {
        let server = try TestHTTPServer { request, _ in
            request.path == "/slow.html" ? .delayed(seconds: 3, .html("late")) : .status(404)
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 0, timeout: 0.5))
        defer { fetcher.shutdown() }
        let url = server.url("/slow.html")
        let started = Date()
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .timeout(url: url, seconds: 0.5))
        #expect(Date().timeIntervalSince(started) < 2.5)
    }

    /// A streamed body over the cap is aborted mid-transfer: the server never finishes sending it.
    @Test func abortsBodyOverSizeCapWhileStreaming() throws {
        let server = try TestHTTPServer { request, _ in
            request.path == "/huge.html" ? .stream(size: 64 * 1024, count: 800) : .status(404)
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 2, maxBytes: 1 << 20))
        defer { fetcher.shutdown() }
        let url = server.url("/huge.html")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .tooLarge(url: url, limit: 1 << 20))
        #expect(server.requests("/huge.html").count == 1, "a refused body is not retried")
        // 50 MB were offered; the client hung up, so the server's writes fail before the end.
        let deadline = Date().addingTimeInterval(5)
        while server.streamCompleted("/huge.html") == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(server.streamCompleted("/huge.html") == false)
    }

    /// A declared Content-Length over the cap is refused from the head.
    @Test func refusesDeclaredLengthOverCap() throws {
        let server = try TestHTTPServer { _, _ in .respond(status: 200, headers: [:], body: [UInt8](repeating: 65, count: 300_000)) }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(maxBytes: 100_000))
        defer { fetcher.shutdown() }
        let url = server.url("/big.html")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .tooLarge(url: url, limit: 100_000))
    }

    /// A gzip page is decompressed; a gzip bomb (16 MB of zeros in 16 KB) is refused by the ratio limit.
    @Test func decompressesGzipAndRefusesBomb() throws {
        let page = try FetchFixtures.resource("page.html.gz")
        let bomb = try FetchFixtures.resource("bomb.gz")
        let server = try TestHTTPServer { request, _ in
            switch request.path {
            case "/page.html": return .respond(status: 200, headers: ["content-type": "text/html; charset=utf-8", "content-encoding": "gzip"], body: page)
            case "/bomb.html": return .respond(status: 200, headers: ["content-type": "text/html", "content-encoding": "gzip"], body: bomb)
            default: return .status(404)
            }
        }
        defer { server.shutdown() }
        // The size cap is above the bomb's size, so only the ratio limit can stop it.
        let fetcher = HTTPFetcher(config: FetchFixtures.config(maxBytes: 64 << 20))
        defer { fetcher.shutdown() }
        let ok = try fetcher.fetch(server.url("/page.html"))
        #expect(String(decoding: ok.body, as: UTF8.self).hasPrefix("<html><body><p>法治政府建设年度报告"))
        #expect(server.requests("/page.html").first?.headers["accept-encoding"]?.contains("gzip") == true)
        let url = server.url("/bomb.html")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .decompressionBomb(url: url, ratio: 100))
        #expect(server.requests("/bomb.html").count == 1)
    }

    /// A redirect loop stops at the redirect limit.
    @Test func stopsRedirectLoop() throws {
        let server = try TestHTTPServer { request, _ in
            switch request.path {
            case "/a": return .redirect("/b")
            case "/b": return .redirect("a", status: 301)
            default: return .status(404)
            }
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config())
        defer { fetcher.shutdown() }
        let url = server.url("/a")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .tooManyRedirects(url: url, limit: 3))
        #expect(server.requests.filter { $0.path == "/a" || $0.path == "/b" }.count == 4)
    }

    /// A redirect to `file:///etc/passwd` is refused; a redirect to another page is followed and reported as final URL.
    @Test func refusesRedirectToFileScheme() throws {
        let server = try TestHTTPServer { request, _ in
            switch request.path {
            case "/evil": return .redirect("file:///etc/passwd")
            case "/moved": return .redirect("/new.html", status: 301)
            case "/new.html": return .html("new")
            default: return .status(404)
            }
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config())
        defer { fetcher.shutdown() }
        let url = server.url("/evil")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) }
            == .badScheme(url: url, target: "file:///etc/passwd"))
        #expect(try fetcher.fetch(server.url("/moved")).finalURL == server.url("/new.html"))
        let ftp = "ftp://127.0.0.1/x"
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(ftp) } == .badScheme(url: ftp, target: ftp))
    }

    /// robots.txt disallowing a path: not fetched, and the server never sees the request; robots.txt is read once.
    @Test func honoursRobotsDisallow() throws {
        let server = try TestHTTPServer { request, _ in
            switch request.path {
            case "/robots.txt":
                return .respond(status: 200, headers: ["content-type": "text/plain"],
                                body: Array("User-agent: *\nDisallow: /private/\nAllow: /private/open.html\n".utf8))
            default: return .html("page")
            }
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config())
        defer { fetcher.shutdown() }
        let url = server.url("/private/report.html")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .disallowedByRobots(url: url))
        #expect(server.requests("/private/report.html").isEmpty)
        #expect(try fetcher.fetch(server.url("/private/open.html")).status == 200)
        #expect(try fetcher.fetch(server.url("/public.html")).status == 200)
        #expect(server.requests("/robots.txt").count == 1)
    }

    /// A robots.txt answering 5xx blocks the host for the run (RFC 9309), and the page is never requested.
    @Test func robotsServerErrorBlocksHost() throws {
        let server = try TestHTTPServer { request, _ in request.path == "/robots.txt" ? .status(503) : .html("page") }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 0))
        defer { fetcher.shutdown() }
        let url = server.url("/report.html")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .robotsUnavailable(url: url, reason: "HTTP 503"))
        #expect(server.requests("/report.html").isEmpty)
        // With robots.txt turned off the page is fetched.
        var config = FetchFixtures.config(retries: 0)
        config.respectRobots = false
        let impolite = HTTPFetcher(config: config)
        defer { impolite.shutdown() }
        #expect(try impolite.fetch(url).status == 200)
    }

    /// A stop request (SIGTERM) ends retrying at once, and no new request starts after it.
    @Test func stopRequestSkipsRetries() throws {
        let server = try TestHTTPServer { request, _ in request.path == "/robots.txt" ? .status(404) : .status(503) }
        defer { server.shutdown() }
        let stop = StopFlag()
        stop.set()
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 3), stop: stop)
        defer { fetcher.shutdown() }
        let url = server.url("/down.html")
        #expect(FetchFixtures.error { () throws(FetchError) in try fetcher.fetch(url) } == .interrupted(url: url))
        #expect(server.requests("/down.html").isEmpty)
        // Set during the backoff: the retry is not attempted and the sleep is cut short.
        let later = StopFlag()
        let retrying = HTTPFetcher(config: FetchFixtures.config(retries: 3), stop: later)
        defer { retrying.shutdown() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { later.set() }
        #expect(FetchFixtures.error { () throws(FetchError) in try retrying.fetch(url) } == .interrupted(url: url))
        #expect(server.requests("/down.html").count == 1)
    }

    /// Retry-After as seconds or as an HTTP-date.
    @Test func parsesRetryAfter() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(HTTPFetcher.retryAfterSeconds("5", now: now) == 5)
        #expect(HTTPFetcher.retryAfterSeconds("Sun, 06 Nov 1994 08:49:47 GMT", now: now) == 10)
        #expect(HTTPFetcher.retryAfterSeconds("soon", now: now) == nil)
    }
}
