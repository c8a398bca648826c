import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
@testable import GovReportsCore

/// Listing sources: pagination, link filters, same-host rule, GBK index pages, and keeping the last good list.
@Suite(.serialized) struct FetchListingExpanderTests {
    /// Index page plus `index_{n}.html` until a 404; only same-host links whose URL and text match are kept.
    @Test func expandsPaginatedListingWithFilters() throws {
        let broken = NIOLockedValueBox(false)
        let index = """
        <html><head><meta charset="utf-8"></head><body><ul>
        <li><a href="/reports/2022.html"> 2022年度 法治政府建设年度报告 </a></li>
        <li><a href="../reports/notice.html">关于开展普法工作的通知</a></li>
        <li><a href="http://example.org/reports/x.html">法治政府建设年度报告（外站）</a></li>
        <li><a href="/reports/2022.html#top">法治政府建设年度报告</a></li>
        <li><a href="javascript:void(0)">法治政府建设</a></li>
        <li><a href="index_1.html">下一页</a></li>
        </ul></body></html>
        """
        let server = try TestHTTPServer { request, _ in
            switch request.path {
            case "/list/index.html":
                return broken.withLockedValue { $0 } ? .status(500) : .html(index)
            case "/list/index_1.html":
                return .respond(status: 200, headers: ["content-type": "text/html; charset=gbk"],
                                body: FetchFixtures.gbkPage(link: "../reports/2021.html"))
            default: return .status(404)
            }
        }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(retries: 0))
        defer { fetcher.shutdown() }
        let store = ArtifactStore(root: FetchFixtures.temporaryDirectory())
        defer { try? FileManager.default.removeItem(at: store.root) }
        let listing = ListingSpec(url: server.url("/list/index.html"), pagePattern: server.url("/list/index_{n}.html"),
                                  maxPages: 5, linkPattern: "/reports/", textPattern: "法治政府建设")
        let specs = [SourceSpec(listing: listing)]
        let expander = ListingExpander(fetcher: fetcher, store: store)

        #expect(expander.refresh(specs).isEmpty)
        let expected = [server.url("/reports/2022.html"), server.url("/reports/2021.html")]
        #expect(expander.documents(specs).map(\.source) == expected)
        #expect(expander.documents(specs).map(\.docID) == expected.map { DocumentID.make(source: $0) })
        #expect(server.requests("/list/index_2.html").count == 1)
        #expect(server.requests("/list/index_3.html").isEmpty, "pagination stops at the first 404")
        #expect(server.requests("/reports/2022.html").isEmpty, "expansion only reads index pages")

        // A failed refresh reports the listing and keeps the last good list.
        broken.withLockedValue { $0 = true }
        let failures = expander.refresh(specs)
        #expect(failures.count == 1)
        #expect(failures.first?.source == listing.url)
        #expect(failures.first?.reason.contains("HTTP 500") == true)
        #expect(expander.documents(specs).map(\.source) == expected)
    }

    /// Through the runner: listing links become documents and are fetched; a bad filter is reported, not fatal.
    @Test func runnerExpandsListingBeforeStages() throws {
        let server = try TestHTTPServer { request, _ in
            switch request.path {
            case "/list/": return .html("<a href='r1.html'>法治政府建设年度报告</a><a href='/other.html'>其他</a>")
            case "/list/r1.html": return .html("<p>报告正文</p>")
            default: return .status(404)
            }
        }
        defer { server.shutdown() }
        let folder = FetchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var config = PipelineConfig()
        config.sources = [SourceSpec(listing: ListingSpec(url: server.url("/list/"), textPattern: "法治政府")),
                          SourceSpec(listing: ListingSpec(url: server.url("/bad/"), linkPattern: "(unclosed"))]
        config.fetch = FetchFixtures.config(retries: 0)
        let runner = PipelineRunner(config: config, baseDirectory: folder, output: folder.appendingPathComponent("output"),
                                    logger: Logger(label: "test"))
        let report = try runner.run(RunOptions())
        #expect(report.documents == 1)
        let docID = DocumentID.make(source: server.url("/list/r1.html"))
        #expect(try runner.store.read(FetchRecord.self, stage: .fetch, docID: docID).httpStatus == 200)
        let bad = report.failures.first { $0.source == server.url("/bad/") }
        #expect(bad?.reason.contains("linkPattern") == true)
        #expect(server.requests("/other.html").isEmpty)
        // status reads the saved link list without network.
        #expect(try runner.documents(inputs: []).map(\.source) == [server.url("/list/r1.html")])
    }

    /// `allowOtherHosts` lets links to other hosts through; links resolve against `<base href>`.
    @Test func followsOtherHostsWhenAllowed() throws {
        let base = URL(string: "http://a.example/list/")!
        let html = Data("""
        <html><head><base href="http://a.example/docs/"></head><body>
        <a href="r1.html">报告一</a><a href="http://b.example/r2.html">报告二</a><a href="mailto:x@y">mail</a>
        </body></html>
        """.utf8)
        let links = LinkExtractor.links(in: html, pageURL: base, charset: "utf-8")
        #expect(links == [HTMLLink(url: "http://a.example/docs/r1.html", text: "报告一"),
                          HTMLLink(url: "http://b.example/r2.html", text: "报告二")])
    }

    /// Page URLs come from the pattern with `{n}` = 1…maxPages.
    @Test func buildsPageURLs() {
        let listing = ListingSpec(url: "http://x/index.html", pagePattern: "http://x/index_{n}.html", maxPages: 2)
        #expect(ListingExpander.pageURLs(listing) == ["http://x/index.html", "http://x/index_1.html", "http://x/index_2.html"])
        #expect(ListingExpander.pageURLs(ListingSpec(url: "http://x/")) == ["http://x/"])
    }
}
