import NIOConcurrencyHelpers

/// Holds the first run-level fault any worker met; the workers stop taking documents once it is set.
final class RunFaultLatch: Sendable {
    /// The first fault, if any.
    private let stored = NIOLockedValueBox<RunFault?>(nil)

    /// Keeps `fault` unless one came first.
    func record(_ fault: RunFault) {
        stored.withLockedValue { if $0 == nil { $0 = fault } }
    }

    /// The first fault recorded.
    var first: RunFault? { stored.withLockedValue { $0 } }
}
