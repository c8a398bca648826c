/// One of N disjoint slices of a corpus, chosen by `doc_id`: a job array of N tasks given `--shard 0/N` … `--shard
/// N-1/N` covers every document exactly once, whatever order or machine each task sees them in.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// This shard's number, 0 ..< count (job arrays and Spark partitions count from 0).
    public let index: Int
    /// How many shards the corpus is cut into.
    public let count: Int

    /// A shard; throws unless 0 ≤ index < count.
    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1, index >= 0, index < count else { throw .outOfRange(index: index, count: count) }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` (for example `3/8`).
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { throw .malformed(text) }
        try self.init(index: i, count: n)
    }

    /// Whether the document with this id belongs to this shard: its id's leading 64 bits modulo `count`. A doc_id is
    /// 16 hex digits of SHA-256 (`DocumentID`), so shards come out even; any other id is hashed first.
    public func contains(docID: String) -> Bool {
        Self.bucket(docID, of: count) == index
    }

    /// The shard number of a doc_id among `count` shards.
    static func bucket(_ docID: String, of count: Int) -> Int {
        let key = UInt64(docID, radix: 16) ?? UInt64(Digest.sha256(docID).prefix(16), radix: 16)!
        return Int(key % UInt64(count))
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }
}
