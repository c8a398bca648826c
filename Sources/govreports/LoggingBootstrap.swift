import Foundation

/// Ensures swift-log is bootstrapped once per process (it traps on a second bootstrap).
enum LoggingBootstrap {
    /// Guards the one-time call.
    nonisolated(unsafe) private static var done = false
    /// Serializes callers.
    private static let lock = NSLock()

    /// Runs `body` the first time only.
    static func once(_ body: () -> Void) {
        lock.withLock {
            if !done { body(); done = true }
        }
    }
}
