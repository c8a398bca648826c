import Foundation

/// The lines of a group's members, filled in by concurrent readers (one slot each, under a lock).
final class MemberLines: @unchecked Sendable {
    /// Lines per member, in member order.
    private(set) var lines: [[String]]
    /// Whether every member could be read.
    private(set) var complete = true
    /// Guards both.
    private let lock = NSLock()

    /// Empty slots for `count` members.
    init(count: Int) {
        lines = [[String]](repeating: [], count: count)
    }

    /// Fills slot `i`, or marks the set incomplete when the member could not be read.
    func set(_ i: Int, _ value: [String]?) {
        lock.withLock {
            if let value { lines[i] = value } else { complete = false }
        }
    }
}
