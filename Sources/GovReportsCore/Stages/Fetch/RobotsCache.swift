import Foundation

/// robots.txt policies per origin, each fetched once per run even when many threads ask at once.
public final class RobotsCache: @unchecked Sendable {
    // @unchecked: `entries` is read and written only while `condition` is locked.

    /// Guards `entries` and wakes threads waiting for an origin another thread is loading.
    private let condition = NSCondition()
    /// Loaded policies; nil value means a load is in progress.
    private var entries: [String: RobotsPolicy?] = [:]

    /// Creates an empty cache.
    public init() {}

    /// The policy for `origin`, loading it with `load` if no thread has yet.
    public func policy(for origin: String, load: () -> RobotsPolicy) -> RobotsPolicy {
        condition.lock()
        while true {
            switch entries[origin] {
            case .some(.some(let policy)):
                condition.unlock()
                return policy
            case .some(.none):
                condition.wait()
            case .none:
                entries[origin] = .some(nil)
                condition.unlock()
                // Loaded outside the lock so other hosts are not held up by a slow robots.txt.
                let policy = load()
                condition.lock()
                entries[origin] = .some(policy)
                condition.broadcast()
                condition.unlock()
                return policy
            }
        }
    }
}
