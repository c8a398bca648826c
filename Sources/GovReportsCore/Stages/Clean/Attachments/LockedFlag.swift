import Foundation

/// A flag set once from another thread (the watchdog) and read after the process ended.
final class LockedFlag: @unchecked Sendable {
    /// Guards `raw`.
    private let lock = NSLock()
    /// The flag.
    private var raw = false

    /// Sets the flag.
    func set() {
        lock.lock()
        raw = true
        lock.unlock()
    }

    /// The flag's value.
    var value: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raw
    }
}
