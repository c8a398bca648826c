import Foundation

/// Decodes extract records on a background thread, a bounded number ahead of the export loop that consumes them.
final class DocumentPrefetcher: @unchecked Sendable {
    /// Decoded records (or their errors) in document order, waiting for the consumer; guarded by `condition`.
    private var ready: [Int: Result<ExtractedDocument, any Error>] = [:]
    /// Index the consumer takes next; guarded by `condition`.
    private var nextOut = 0
    /// Set when the consumer stops early, so the producer ends; guarded by `condition`.
    private var cancelled = false
    /// Signals both sides.
    private let condition = NSCondition()
    /// How many decoded records may wait (bounds memory).
    private let depth: Int
    /// Number of documents.
    let count: Int

    /// Starts reading `documents` with `read` on a background thread; `then` runs there on each decoded record
    /// (work of its own, such as writing the document's text file), and its error becomes the record's.
    init(_ documents: [SourceDocument], read: @escaping @Sendable (SourceDocument) throws -> ExtractedDocument, depth: Int = 8,
         then: @escaping @Sendable (ExtractedDocument) throws -> Void = { _ in }) {
        self.depth = depth
        count = documents.count
        let thread = Thread { [self] in
            for (i, doc) in documents.enumerated() {
                condition.lock()
                while !cancelled && i - nextOut >= depth { condition.wait() }
                let stop = cancelled
                condition.unlock()
                if stop { return }
                let result = Result { () throws -> ExtractedDocument in
                    let record = try read(doc)
                    try then(record)
                    return record
                }
                condition.lock()
                ready[i] = result
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.start()
    }

    /// The next record in document order, waiting for it; rethrows its read error.
    func next() throws -> ExtractedDocument {
        condition.lock()
        defer { condition.unlock() }
        while ready[nextOut] == nil { condition.wait() }
        let result = ready.removeValue(forKey: nextOut)!
        nextOut += 1
        condition.broadcast()
        return try result.get()
    }

    /// Stops the producer (call when the consumer leaves early or is done).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
