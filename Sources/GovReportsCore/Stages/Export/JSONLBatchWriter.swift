import Foundation

/// Writes rows to several JSON Lines tables, inline or, with `background`, in batches on a serial queue of its own:
/// with `--jobs 2` the caller formats CSV and feeds SQLite while the JSON lines are built beside it (export is the
/// one serial stage, and it had become a third of a two-worker run once the per-document stages got faster).
// Unchecked: `pending` is touched only by the caller's thread; the queue gets each batch by value and is the only
// user of the writers until `close` has drained it.
final class JSONLBatchWriter: @unchecked Sendable {
    /// The tables' writers by table name.
    private let writers: [String: JSONLTableWriter]
    /// Rows waiting for the next batch.
    private var pending: [(table: String, row: [Cell])] = []
    /// Rows per batch.
    private static let batchSize = 2000
    /// Serial queue writing batches, or nil: rows are written inline.
    private let background: DispatchQueue?
    /// Bounds the batches handed to `background` and not yet written (memory stays flat).
    private let inFlight = DispatchSemaphore(value: 2)
    /// Tracks the batches handed to `background`.
    private let group = DispatchGroup()
    /// The first error a background batch hit, rethrown by the next `write` or by `close`; guarded by `errorLock`.
    private var backgroundError: (any Error)?
    /// Guards `backgroundError`.
    private let errorLock = NSLock()

    /// Writes through `writers`; `background` moves the writing to a thread of its own.
    init(writers: [String: JSONLTableWriter], background: Bool) {
        self.writers = writers
        self.background = background ? DispatchQueue(label: "govreports.export.jsonl") : nil
    }

    /// Appends one row to a table.
    func write(_ row: [Cell], table: String) throws {
        guard background != nil else {
            try writers[table]?.write(row)
            return
        }
        pending.append((table, row))
        if pending.count >= Self.batchSize { try flush() }
    }

    /// Hands the pending rows to the background queue.
    private func flush() throws {
        try rethrowBackgroundError()
        guard let background, !pending.isEmpty else { return }
        let rows = pending
        pending = []
        pending.reserveCapacity(Self.batchSize)
        inFlight.wait()
        background.async(group: group) { [self] in
            defer { inFlight.signal() }
            do {
                for (table, row) in rows { try writers[table]?.write(row) }
            } catch {
                errorLock.withLock { if backgroundError == nil { backgroundError = error } }
            }
        }
    }

    /// Rethrows the first error a background batch hit.
    private func rethrowBackgroundError() throws {
        if let error = errorLock.withLock({ backgroundError }) { throw error }
    }

    /// Writes what is left, waits for the background batches and closes every file.
    func close() throws {
        try flush()
        group.wait()
        try rethrowBackgroundError()
        for writer in writers.values { try writer.close() }
    }
}
