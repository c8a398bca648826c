import Foundation

/// Collects per-document outcomes from worker threads.
final class OutcomeCollector: @unchecked Sendable {
    /// Outcomes in completion order.
    private var items: [DocumentOutcome] = []
    /// Guards `items`.
    private let lock = NSLock()

    /// Adds one outcome; returns how many have been added so far.
    @discardableResult
    func add(_ outcome: DocumentOutcome) -> Int {
        lock.withLock {
            items.append(outcome)
            return items.count
        }
    }

    /// All outcomes so far.
    var outcomes: [DocumentOutcome] { lock.withLock { items } }
}
