/// Why a `--shard I/N` value was refused.
public enum ShardError: Error, Equatable, CustomStringConvertible {
    /// Not of the form `I/N` with two integers.
    case malformed(String)
    /// `I` not in 0 ..< N, or N below 1.
    case outOfRange(index: Int, count: Int)

    /// Names the value and what is expected.
    public var description: String {
        switch self {
        case .malformed(let text): return "shard '\(text)' is not I/N (two integers, e.g. 0/4)"
        case .outOfRange(let i, let n): return "shard \(i)/\(n): I must be in 0 ..< N and N at least 1 (shards count from 0)"
        }
    }
}
