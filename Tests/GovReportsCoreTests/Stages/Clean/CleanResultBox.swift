import Foundation
@testable import GovReportsCore

/// Thread-safe slots for results produced on several threads.
final class CleanResultBox: @unchecked Sendable {
    /// Guards `slots`.
    private let lock = NSLock()
    /// One result per iteration.
    private var slots: [CleanedDocument?]

    /// Makes `count` empty slots.
    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores a result.
    func set(_ i: Int, _ value: CleanedDocument?) { lock.lock(); slots[i] = value; lock.unlock() }

    /// Reads a result.
    func get(_ i: Int) -> CleanedDocument? { lock.lock(); defer { lock.unlock() }; return slots[i] }
}
