/// A codebook file that cannot be used.
public enum CodebookError: Error, CustomStringConvertible, Equatable {
    /// Missing or malformed codebook.
    case unreadable(path: String, reason: String)
    /// An indicator whose definition cannot be applied (bad aggregate, empty units, malformed pattern, duplicate id).
    case invalidIndicator(id: String, reason: String)

    /// A diagnostic naming the file or indicator and what to fix.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot load codebook (\(reason))"
        case .invalidIndicator(let id, let reason): return "codebook indicator \(id): \(reason)"
        }
    }
}
