import Foundation

/// Folds per-document outcomes from worker threads into one running total (keeping each would grow with the corpus).
final class OutcomeCollector: @unchecked Sendable {
    /// Counts and failures of every document added so far, failures in completion order.
    private var total = DocumentOutcome()
    /// Documents added so far.
    private var count = 0
    /// Guards `total` and `count`.
    private let lock = NSLock()

    /// Adds one outcome; returns how many have been added so far.
    @discardableResult
    func add(_ outcome: DocumentOutcome) -> Int {
        lock.withLock {
            total.absorb(outcome)
            count += 1
            return count
        }
    }

    /// The combined outcome of every document added so far.
    var combined: DocumentOutcome { lock.withLock { total } }
}
