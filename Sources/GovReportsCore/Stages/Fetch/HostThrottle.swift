import Foundation

/// Politeness gate: caps requests in flight globally and per host, and spaces requests to one host.
public final class HostThrottle: @unchecked Sendable {
    // @unchecked: every mutable property below is read and written only while `condition` is locked.

    /// Guards the counters and wakes waiters when a slot frees or a delay ends.
    private let condition = NSCondition()
    /// Requests in flight per host.
    private var inFlight: [String: Int] = [:]
    /// Requests in flight across hosts.
    private var total = 0
    /// Earliest time the next request to a host may start.
    private var nextStart: [String: Date] = [:]
    /// Per-host delay raised above the configured one (robots.txt Crawl-delay).
    private var hostDelay: [String: Double] = [:]

    /// Cap on requests in flight across all hosts.
    public let globalLimit: Int
    /// Cap on requests in flight per host.
    public let perHostLimit: Int
    /// Minimum seconds between the end of one request to a host and the start of the next.
    public let delay: Double

    /// Creates a throttle from the fetch settings.
    public init(globalLimit: Int, perHostLimit: Int, delay: Double) {
        self.globalLimit = max(1, globalLimit)
        self.perHostLimit = max(1, perHostLimit)
        self.delay = max(0, delay)
    }

    /// Blocks until a request to `host` may start, then takes a slot; pair with `release`.
    public func acquire(_ host: String) {
        _ = acquire(host, unless: { false })
    }

    /// Like `acquire`, but gives up (returning false, no slot taken) once `stopped` says so; it is asked at least
    /// every `stopPollInterval` seconds while waiting, so a stopping run is not held up by delays or full slots.
    public func acquire(_ host: String, unless stopped: () -> Bool) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopped() { return false }
            let poll = Date().addingTimeInterval(HostThrottle.stopPollInterval)
            if total < globalLimit, inFlight[host, default: 0] < perHostLimit {
                let now = Date()
                if let next = nextStart[host], next > now {
                    // Wait out the delay without holding a slot, then re-check: another thread may have gone first.
                    _ = condition.wait(until: min(next, poll))
                    continue
                }
                inFlight[host, default: 0] += 1
                total += 1
                nextStart[host] = now.addingTimeInterval(jittered(host))
                return true
            }
            _ = condition.wait(until: poll)
        }
    }

    /// How often a waiting `acquire` asks whether the run is stopping.
    static let stopPollInterval = 0.1

    /// Frees the slot taken by `acquire`; the host's next request waits a delay counted from now.
    public func release(_ host: String) {
        condition.lock()
        defer { condition.unlock() }
        inFlight[host, default: 1] -= 1
        total -= 1
        // Counting from the end of the response keeps a slow server from being hit back-to-back.
        let next = Date().addingTimeInterval(jittered(host))
        nextStart[host] = max(nextStart[host] ?? next, next)
        condition.broadcast()
    }

    /// Holds back every request to `host` for `seconds` (a 429/503 Retry-After applies to the whole host).
    public func pause(_ host: String, for seconds: Double) {
        condition.lock()
        defer { condition.unlock() }
        let until = Date().addingTimeInterval(seconds)
        nextStart[host] = max(nextStart[host] ?? until, until)
        condition.broadcast()
    }

    /// Raises the delay for one host (never lowers it below the configured delay).
    public func setMinimumDelay(_ host: String, seconds: Double) {
        condition.lock()
        defer { condition.unlock() }
        hostDelay[host] = max(seconds, delay)
    }

    /// The host's delay stretched by 0–25% so requests do not tick like a metronome; never below the configured delay.
    private func jittered(_ host: String) -> Double {
        let base = hostDelay[host] ?? delay
        return base == 0 ? 0 : base * Double.random(in: 1.0...1.25)
    }
}
