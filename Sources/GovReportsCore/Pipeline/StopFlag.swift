import Foundation

/// A flag a signal handler sets so workers stop after the document in hand.
public final class StopFlag: @unchecked Sendable {
    /// Whether a stop was requested.
    private var flag = false
    /// Guards `flag`.
    private let lock = NSLock()

    /// Creates an unset flag.
    public init() {}

    /// Whether a stop was requested.
    public var isSet: Bool { lock.withLock { flag } }

    /// Requests a stop.
    public func set() { lock.withLock { flag = true } }
}
