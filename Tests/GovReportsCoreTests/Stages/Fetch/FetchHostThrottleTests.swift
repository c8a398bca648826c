import Foundation
import NIOConcurrencyHelpers
import Testing
@testable import GovReportsCore

/// Politeness: per-host spacing measured at the server, and the global cap.
@Suite(.serialized) struct FetchHostThrottleTests {
    /// Four pages fetched by four threads at once reach the server at least the per-host delay apart.
    @Test func spacesRequestsToOneHost() throws {
        let server = try TestHTTPServer { _, _ in .html("page") }
        defer { server.shutdown() }
        let fetcher = HTTPFetcher(config: FetchFixtures.config(delay: 0.3))
        defer { fetcher.shutdown() }
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            _ = try? fetcher.fetch(server.url("/p\(i).html"))
        }
        // robots.txt counts too: it is a request to the same host.
        let times = server.requests.map(\.arrivedAt).sorted()
        #expect(times.count == 5)
        let gaps = zip(times.dropFirst(), times).map { $0.timeIntervalSince($1) }
        print("measured request spacing (delay 0.3 s): \(gaps.map { String(format: "%.3f", $0) }.joined(separator: ", ")) s")
        #expect(gaps.allSatisfy { $0 >= 0.25 }, "gaps \(gaps)")
    }

    /// No more requests in flight than the global cap, whatever the number of hosts.
    @Test func capsGlobalConcurrency() {
        let throttle = HostThrottle(globalLimit: 2, perHostLimit: 10, delay: 0)
        let counts = NIOLockedValueBox((current: 0, peak: 0))
        DispatchQueue.concurrentPerform(iterations: 6) { i in
            let host = "h\(i)"
            throttle.acquire(host)
            counts.withLockedValue { $0.current += 1; $0.peak = max($0.peak, $0.current) }
            Thread.sleep(forTimeInterval: 0.05)
            counts.withLockedValue { $0.current -= 1 }
            throttle.release(host)
        }
        #expect(counts.withLockedValue { $0.peak } <= 2)
    }

    /// A pause (Retry-After) holds back the next request to that host.
    @Test func pauseDelaysHost() {
        let throttle = HostThrottle(globalLimit: 4, perHostLimit: 1, delay: 0)
        throttle.pause("h", for: 0.2)
        let started = Date()
        throttle.acquire("h")
        throttle.release("h")
        #expect(Date().timeIntervalSince(started) >= 0.19)
    }
}
