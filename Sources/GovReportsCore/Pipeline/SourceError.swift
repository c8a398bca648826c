/// A source entry that cannot be resolved; names the entry and the path.
public enum SourceError: Error, Equatable, CustomStringConvertible {
    /// A configured file or folder does not exist.
    case notFound(keyPath: String, path: String)
    /// A glob matched nothing.
    case noMatch(keyPath: String, pattern: String)
    /// A URL list file could not be read.
    case unreadableList(keyPath: String, path: String)
    /// A URL that is not http(s).
    case badURL(keyPath: String, url: String)
    /// A WARC archive that cannot be opened or read.
    case unreadableArchive(keyPath: String, path: String, reason: String)

    /// A diagnostic that names the config key and the path and says what to do.
    public var description: String {
        switch self {
        case .notFound(let keyPath, let path):
            return "source \(keyPath): '\(path)' does not exist; fix the path in pipeline.json or pass --input"
        case .noMatch(let keyPath, let pattern):
            return "source \(keyPath): glob '\(pattern)' matches no .html/.htm/.shtml/.txt file"
        case .unreadableList(let keyPath, let path):
            return "source \(keyPath): cannot read URL list '\(path)'"
        case .badURL(let keyPath, let url):
            return "source \(keyPath): '\(url)' is not an http:// or https:// URL"
        case .unreadableArchive(let keyPath, let path, let reason):
            return "source \(keyPath): cannot read WARC archive '\(path)': \(reason)"
        }
    }
}
