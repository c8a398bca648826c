/// What one `stream` invocation did, for its closing log line.
public struct StreamTally: Sendable, Equatable {
    /// Documents extracted.
    public var extracted = 0
    /// Documents a stage failed on.
    public var failed = 0
    /// Input items that were not documents.
    public var rejected = 0
    /// Documents of other shards, skipped.
    public var otherShards = 0

    /// An empty tally.
    public init() {}
}
