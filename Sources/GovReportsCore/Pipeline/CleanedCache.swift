import Foundation

/// Cleaned documents kept in memory between a two-pass run's clean pass and its normalize pass (and for the
/// template learner), up to a byte budget: beyond it documents are read back from the store, so memory stays
/// bounded however large the corpus.
final class CleanedCache: @unchecked Sendable {
    /// Text bytes kept at most: 64 MiB holds a few thousand report pages, and is small beside a run's other memory.
    static let budgetBytes = 64 * 1024 * 1024
    /// Kept documents by doc id.
    private var documents: [String: CleanedDocument] = [:]
    /// Text bytes kept.
    private var bytes = 0
    /// Guards both.
    private let lock = NSLock()

    /// Keeps a document if the budget allows.
    func put(_ doc: CleanedDocument) {
        let size = doc.text.utf8.count
        lock.withLock {
            guard bytes + size <= Self.budgetBytes else { return }
            documents[doc.docID] = doc
            bytes += size
        }
    }

    /// The kept document, if any.
    func get(_ docID: String) -> CleanedDocument? {
        lock.withLock { documents[docID] }
    }

    /// The kept document, released from the cache.
    func take(_ docID: String) -> CleanedDocument? {
        lock.withLock { documents.removeValue(forKey: docID) }
    }
}
