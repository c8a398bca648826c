/// Why a bundled rule or data file could not be loaded; names the file and the offending key or line.
public enum RuleFileError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file is not in the resource bundle.
    case missing(file: String)
    /// The file exists but a key, line or value is wrong.
    case malformed(file: String, key: String, reason: String)

    /// Human-readable message naming the file and what to fix.
    public var description: String {
        switch self {
        case .missing(let file):
            return "rule file \(file) is missing from the GovReportsCore resource bundle; rebuild the package"
        case .malformed(let file, let key, let reason):
            return "rule file \(file) is malformed at \(key): \(reason)"
        }
    }
}
