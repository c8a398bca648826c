import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
@testable import GovReportsCore

/// URL sources through `PipelineRunner`: conditional re-runs recompute nothing, failed refetches lose nothing.
@Suite(.serialized) struct FetchPipelineTests {
    /// A server with one ETag page and one Last-Modified page, answering 304 to matching validators.
    static func conditionalServer(broken: NIOLockedValueBox<Bool>) throws -> TestHTTPServer {
        let lastModified = "Sun, 06 Nov 2022 08:49:37 GMT"
        return try TestHTTPServer { request, _ in
            if broken.withLockedValue({ $0 }), request.path != "/robots.txt" { return .status(503) }
            switch request.path {
            case "/etag.html":
                if request.headers["if-none-match"] == "\"v1\"" { return .respond(status: 304, headers: ["etag": "\"v1\""], body: []) }
                return .html("<html><body>一、主要举措和成效</body></html>", headers: ["etag": "\"v1\""])
            case "/lm.html":
                if request.headers["if-modified-since"] == lastModified { return .respond(status: 304, headers: [:], body: []) }
                return .respond(status: 200, headers: ["content-type": "text/html; charset=gb2312", "last-modified": lastModified],
                                body: FetchFixtures.gbkPage())
            default: return .status(404)
            }
        }
    }

    /// A runner over a config whose sources are the two URLs.
    static func runner(_ server: TestHTTPServer, folder: URL) -> PipelineRunner {
        var config = PipelineConfig()
        config.sources = [SourceSpec(url: server.url("/etag.html")), SourceSpec(url: server.url("/lm.html"))]
        config.fetch = FetchFixtures.config(retries: 0)
        return PipelineRunner(config: config, baseDirectory: folder, output: folder.appendingPathComponent("output"),
                              logger: Logger(label: "test"))
    }

    /// Rows of every per-document stage, by stage and document.
    static func rows(_ runner: PipelineRunner) throws -> [StageName: [String: StageState]] {
        let state = try runner.openState()
        var out: [StageName: [String: StageState]] = [:]
        for stage in [StageName.fetch, .clean, .normalize, .extract] { out[stage] = try state.states(stage: stage) }
        return out
    }

    /// Second run: conditional requests, 304s, same fetch identity, downstream untouched; third run: failures keep the last good copy.
    @Test func secondRunIsConditionalAndFailedRefetchKeepsLastGood() throws {
        let broken = NIOLockedValueBox(false)
        let server = try Self.conditionalServer(broken: broken)
        defer { server.shutdown() }
        let folder = FetchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }

        let first = try Self.runner(server, folder: folder).run(RunOptions())
        #expect(!first.failures.contains { $0.stage == .fetch }, "\(first.failures)")
        let before = try Self.rows(Self.runner(server, folder: folder))
        #expect(before[.fetch]?.count == 2)

        let secondRunner = Self.runner(server, folder: folder)
        let second = try secondRunner.run(RunOptions())
        #expect(!second.failures.contains { $0.stage == .fetch })
        #expect(secondRunner.fetcher.wasStarted)
        let after = try Self.rows(secondRunner)
        // The server saw validators the second time and answered 304.
        #expect(server.requests("/etag.html").map { $0.headers["if-none-match"] } == [nil, "\"v1\""])
        #expect(server.requests("/lm.html").map { $0.headers["if-modified-since"] } == [nil, "Sun, 06 Nov 2022 08:49:37 GMT"])
        for (docID, row) in before[.fetch] ?? [:] {
            #expect(after[.fetch]?[docID]?.outputSHA == row.outputSHA)
            let record = try secondRunner.store.read(FetchRecord.self, stage: .fetch, docID: docID)
            #expect(record.notModified == true)
        }
        let lmID = DocumentID.make(source: server.url("/lm.html"))
        #expect(try secondRunner.store.read(FetchRecord.self, stage: .fetch, docID: lmID).charsetHint == "gb2312")
        // Downstream rows that succeeded are not rewritten (same fingerprint and timestamp), whatever the stubs do.
        for stage in [StageName.clean, .normalize, .extract] {
            for (docID, row) in before[stage] ?? [:] where row.outcome == .ok {
                #expect(after[stage]?[docID] == row, "\(stage) was recomputed for \(docID)")
            }
            #expect(after[stage]?.mapValues(\.inputSHA) == before[stage]?.mapValues(\.inputSHA))
        }

        // Third run: the server is down. The failure names the URL; raw bytes, record and identity stay.
        let etagID = DocumentID.make(source: server.url("/etag.html"))
        let store = secondRunner.store
        let rawBefore = try Data(contentsOf: store.rawURL(docID: etagID))
        let recordBefore = try Data(contentsOf: store.recordURL(.fetch, docID: etagID))
        broken.withLockedValue { $0 = true }
        let thirdRunner = Self.runner(server, folder: folder)
        let third = try thirdRunner.run(RunOptions())
        let failure = third.failures.first { $0.docID == etagID && $0.stage == .fetch }
        #expect(failure?.reason == FetchError.httpStatus(url: server.url("/etag.html"), code: 503).description)
        #expect(try Data(contentsOf: store.rawURL(docID: etagID)) == rawBefore)
        #expect(try Data(contentsOf: store.recordURL(.fetch, docID: etagID)) == recordBefore)
        let failedRow = try thirdRunner.openState().state(docID: etagID, stage: .fetch)
        #expect(failedRow?.outcome == .failed)
        #expect(failedRow?.outputSHA == before[.fetch]?[etagID]?.outputSHA)
    }

    /// A 304 (and an unchanged body) leaves the downstream stages skipped: clean runs once per document.
    @Test func unchangedPageDoesNotRerunDownstream() throws {
        let page = "<html><body><p>2023年法治政府建设年度报告。全年办理行政许可295件。</p></body></html>"
        let server = try TestHTTPServer { request, _ in
            switch request.path {
            case "/etag.html":
                if request.headers["if-none-match"] == "\"v1\"" { return .respond(status: 304, headers: [:], body: []) }
                return .html(page, headers: ["etag": "\"v1\""])
            case "/noval.html": return .html(page)
            default: return .status(404)
            }
        }
        defer { server.shutdown() }
        let folder = FetchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = Self.runner(server, folder: folder)
        defer { runner.fetcher.shutdown() }
        try FileManager.default.createDirectory(at: runner.output, withIntermediateDirectories: true)
        let state = try runner.openState()
        let chain = try runner.makeChain()
        var cleanRuns = 0
        var fetchRuns = 0
        for path in ["/etag.html", "/noval.html"] {
            let doc = SourceDocument(docID: DocumentID.make(source: server.url(path)), source: server.url(path), url: server.url(path))
            for _ in 0..<2 {
                let outcome = runner.runDocument(doc, chain: chain, state: state, options: RunOptions())
                try state.flush()
                #expect(outcome.failures.isEmpty)
                cleanRuns += outcome.counts[.clean]?.done ?? 0
                fetchRuns += outcome.counts[.fetch]?.done ?? 0
            }
        }
        #expect(fetchRuns == 4, "a URL is re-checked every run")
        #expect(cleanRuns == 2, "downstream ran once per document")
        #expect(server.requests("/etag.html").count == 2)
        #expect(server.requests("/noval.html").count == 2)
    }

    /// A file-only run never starts an HTTP client.
    @Test func fileOnlyRunStartsNoClient() throws {
        let folder = FetchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<html><body>本地</body></html>".utf8).write(to: folder.appendingPathComponent("a.html"))
        var config = PipelineConfig()
        config.sources = [SourceSpec(path: "a.html")]
        let runner = PipelineRunner(config: config, baseDirectory: folder, output: folder.appendingPathComponent("output"),
                                    logger: Logger(label: "test"))
        let report = try runner.run(RunOptions())
        #expect(report.stages["fetch"]?.done == 1)
        #expect(!runner.fetcher.wasStarted)
    }
}
