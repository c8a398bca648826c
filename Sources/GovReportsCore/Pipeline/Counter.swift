import Foundation

/// A thread-safe counter handing out work indexes to worker threads.
final class Counter: @unchecked Sendable {
    /// Next value.
    private var value = 0
    /// Guards `value`.
    private let lock = NSLock()

    /// Returns the current value and advances it.
    func increment() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}
