/// A codebook file that cannot be used.
public enum CodebookError: Error, CustomStringConvertible {
    /// Missing or malformed codebook.
    case unreadable(path: String, reason: String)

    /// A diagnostic naming the file.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot load codebook (\(reason))"
        }
    }
}
