/// Run-level faults while preparing the clean stage (bad bundled table or user pattern); not per document.
public enum CleanSetupError: Error, Equatable, CustomStringConvertible {
    /// A chrome line pattern (bundled or from `clean.chromeLinePatterns`) does not compile.
    case badPattern(rule: String, pattern: String, reason: String)
    /// A `clean.contentContainers` entry is not a single `id`/`class` name of at most 24 characters.
    case badContainerName(String)

    /// A diagnostic naming the table or pattern and what to do.
    public var description: String {
        switch self {
        case .badPattern(let rule, let pattern, let reason):
            return "chrome line rule \(rule): pattern \(pattern) does not compile (\(reason)); fix it in pipeline.json clean.chromeLinePatterns"
        case .badContainerName(let name):
            return "clean.contentContainers entry \"\(name)\" is not one id or class name of at most \(NameKey.capacity) ASCII characters; fix it in pipeline.json"
        }
    }
}
