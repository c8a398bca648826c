#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One document's time budget (`clean.maxSecondsPerDocument`): the scanners ask it now and then whether the
/// budget is spent and then stop cooperatively, so one stuck document fails with `document-timeout` and the run
/// goes on. It belongs to one document on one thread.
final class DocumentDeadline {
    /// Seconds on the monotonic clock, replaceable by tests (a clock that advances per check makes "slow" exact).
    typealias Clock = () -> Double

    /// The budget, in seconds.
    let seconds: Double
    /// The clock read at each check.
    private let now: Clock
    /// When the budget ends, on `now`'s scale.
    private let end: Double
    /// Set once a check found the budget spent; stays set.
    private(set) var expired = false

    /// Starts the budget now.
    init(seconds: Double, now: @escaping Clock = DocumentDeadline.monotonic) {
        self.seconds = seconds
        self.now = now
        end = now() + seconds
    }

    /// Whether the budget is spent (reads the clock; callers space their checks out).
    func isPast() -> Bool {
        if !expired && now() > end { expired = true }
        return expired
    }

    /// Seconds on CLOCK_MONOTONIC.
    static func monotonic() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
