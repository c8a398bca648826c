import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
@testable import GovReportsCore

/// SIGTERM/SIGINT during fetch (issue 20): requests in flight are cancelled, completed fetches are kept, the lock is
/// released, the report says the run was interrupted, and the next run resumes without refetching what was kept.
@Suite(.serialized) struct FetchInterruptTests {
    /// Pages served at once; the rest answer only after `slowSeconds` while `slow` is set.
    static let fastPages = 5
    /// How long a slow page takes: far longer than the run may take to stop.
    static let slowSeconds = 30.0

    /// A server of 50 report pages with ETags; pages past the first five are slow while `slow` is set.
    static func server(slow: NIOLockedValueBox<Bool>) throws -> TestHTTPServer {
        try TestHTTPServer { request, _ in
            guard request.path.hasPrefix("/p"), let n = Int(request.path.dropFirst(2).dropLast(5)) else { return .status(404) }
            let etag = "\"v\(n)\""
            if request.headers["if-none-match"] == etag { return .respond(status: 304, headers: ["etag": etag], body: []) }
            let page = TestReply.html("<html><body><div id=\"content\"><p>第\(n)号报告：全年办理行政许可\(n)件。</p></div></body></html>",
                                      headers: ["etag": etag])
            return n > fastPages && slow.withLockedValue({ $0 }) ? .delayed(seconds: slowSeconds, page) : page
        }
    }

    /// A runner over the 50 pages with four requests in flight.
    static func runner(_ server: TestHTTPServer, folder: URL) -> PipelineRunner {
        var config = PipelineConfig()
        config.sources = (1...50).map { SourceSpec(url: server.url("/p\($0).html")) }
        config.fetch = FetchFixtures.config(retries: 0, timeout: 60)
        config.fetch.perHostConcurrency = 4
        return PipelineRunner(config: config, baseDirectory: folder, output: folder.appendingPathComponent("output"),
                              logger: Logger(label: "test"))
    }

    /// Raw files fetch has stored so far.
    static func rawCount(_ folder: URL) -> Int {
        let dir = folder.appendingPathComponent("output/stages/fetch")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".raw") }.count
    }

    /// A stop request while four slow requests are in flight ends the run at once, keeping the five finished pages.
    @Test func stopDuringFetchCancelsInFlightAndResumes() throws {
        let slow = NIOLockedValueBox(true)
        let server = try Self.server(slow: slow)
        defer { server.shutdown() }
        let folder = FetchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }

        let runner = Self.runner(server, folder: folder)
        let result = NIOLockedValueBox<Result<RunReport, any Error>?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let outcome = Result { try runner.run(RunOptions(jobs: 4)) }
            result.withLockedValue { $0 = outcome }
            finished.signal()
        }
        // Wait for the fast pages to land and the slow ones to be asked for.
        let waitUntil = Date().addingTimeInterval(20)
        while (Self.rawCount(folder) < Self.fastPages || server.requests("/p\(Self.fastPages + 4).html").isEmpty)
            && Date() < waitUntil {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(Self.rawCount(folder) == Self.fastPages)
        let stoppedAt = Date()
        runner.stopRequested.set()  // what SignalTrap does on SIGTERM/SIGINT
        #expect(finished.wait(timeout: .now() + 20) == .success, "the run did not stop")
        let elapsed = Date().timeIntervalSince(stoppedAt)
        print("stop to return with 4 slow requests in flight: \(String(format: "%.2f", elapsed)) s")
        // The slow pages answer only after 30 s, so returning well before that means they were cancelled.
        #expect(elapsed < Self.slowSeconds / 2)

        let report = try #require(result.withLockedValue { $0 }).get()
        #expect(report.interrupted)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.counts(.fetch).done == Self.fastPages)
        let runJSON = try String(contentsOf: folder.appendingPathComponent("output/run.json"), encoding: .utf8)
        #expect(runJSON.contains("\"interrupted\" : true"))
        // The lock is free again.
        _ = try RunLock(output: folder.appendingPathComponent("output"))
        let kept = try runner.openState().states(stage: .fetch)
        #expect(kept.count == Self.fastPages)
        let firstFetched = try kept.keys.map { try runner.store.read(FetchRecord.self, stage: .fetch, docID: $0) }

        // Next run, server fast: the kept pages are only confirmed (304), the rest fetched.
        slow.withLockedValue { $0 = false }
        let next = Self.runner(server, folder: folder)
        let second = try next.run(RunOptions(jobs: 4))
        #expect(!second.interrupted)
        #expect(second.failures.isEmpty, "\(second.failures)")
        for n in 1...Self.fastPages {
            let asked = server.requests("/p\(n).html")
            #expect(asked.count == 2)
            #expect(asked.last?.headers["if-none-match"] == "\"v\(n)\"")
        }
        for record in firstFetched {
            let now = try next.store.read(FetchRecord.self, stage: .fetch, docID: record.docID)
            #expect(now.fetchedAt == record.fetchedAt)
            #expect(now.notModified == true)
        }
        #expect(try next.openState().states(stage: .fetch).count == 50)
    }
}
