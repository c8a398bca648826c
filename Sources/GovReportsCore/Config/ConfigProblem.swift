/// One thing `config validate` found wrong, printed as one line that names the key path at fault.
public enum ConfigProblem: Error, Equatable, CustomStringConvertible {
    /// A value in `pipeline.json` (or the file itself) is wrong.
    case config(ConfigError)
    /// A source entry does not resolve (missing file, glob matching nothing, bad URL in a list).
    case source(SourceError)
    /// A rule file the config points at (or a bundled one) does not load; `keyPath` is the config key naming it.
    case ruleFile(path: String, keyPath: String, error: RuleFileError)

    /// The config key the problem is about, when it names one.
    public var keyPath: String? {
        switch self {
        case .config(.invalidValue(_, let keyPath, _)), .config(.unknownKey(_, let keyPath, _)): return keyPath
        case .config: return nil
        case .source: return nil
        case .ruleFile(_, let keyPath, _): return keyPath
        }
    }

    /// The line `config validate` prints.
    public var description: String {
        switch self {
        case .config(let error): return error.description
        case .source(let error): return error.description
        case .ruleFile(let path, let keyPath, let error): return "\(path): '\(keyPath)': \(error)"
        }
    }
}
