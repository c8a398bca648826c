import Foundation

/// Collects per-document outcomes from worker threads.
final class OutcomeCollector: @unchecked Sendable {
    /// Outcomes in completion order.
    private var items: [DocumentOutcome] = []
    /// Guards `items`.
    private let lock = NSLock()

    /// Adds one outcome.
    func add(_ outcome: DocumentOutcome) { lock.withLock { items.append(outcome) } }

    /// All outcomes so far.
    var outcomes: [DocumentOutcome] { lock.withLock { items } }
}
