import Foundation

/// Stage outputs of this run kept in memory, up to a byte budget, so a later pass or the export takes them instead
/// of reading back and decoding what was just written. Each is keyed by document and held to the output identity
/// its state row records, so a record that is not the current output is never used; past the budget (or on any
/// mismatch) the reader falls back to the store.
final class RecordKeeper<Record: Sendable>: @unchecked Sendable {
    /// Encoded bytes kept per keeper by default: a 1,000-page run fits whole (about 10 MB of clean and 20 MB of
    /// extract records, 20 MB more peak memory), a very large run keeps its first part and reads the rest back.
    static var defaultBudget: Int { 32 << 20 }

    /// Guards `records` and `used`.
    private let lock = NSLock()
    /// Kept records with the identity (output hash) they were stored under.
    private var records: [String: (identity: String, record: Record)] = [:]
    /// Encoded bytes of the records kept so far (taken ones still count: the budget bounds the whole run).
    private var used = 0
    /// The most encoded bytes this keeper holds.
    let budget: Int

    /// An empty keeper holding at most `budget` encoded bytes.
    init(budget: Int = RecordKeeper.defaultBudget) {
        self.budget = budget
    }

    /// Keeps `record`, stored under `identity` and `bytes` long encoded, unless the budget is spent.
    func keep(_ record: Record, docID: String, identity: String, bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard used + bytes <= budget else { return }
        used += bytes
        records[docID] = (identity, record)
    }

    /// The kept record of `docID` when it is the output `identity` names; it stays kept.
    func record(docID: String, identity: String?) -> Record? {
        lock.lock()
        defer { lock.unlock() }
        guard let identity, let kept = records[docID], kept.identity == identity else { return nil }
        return kept.record
    }

    /// The kept record of `docID` when it is the output `identity` names, released from the keeper.
    func take(docID: String, identity: String?) -> Record? {
        lock.lock()
        defer { lock.unlock() }
        guard let identity, let kept = records.removeValue(forKey: docID), kept.identity == identity else { return nil }
        return kept.record
    }
}
