/// Run-level faults while preparing the clean stage (bad bundled table or user pattern); not per document.
public enum CleanSetupError: Error, Equatable, CustomStringConvertible {
    /// A bundled rule table is missing from the library's resources.
    case missingRuleTable(String)
    /// A chrome line pattern (bundled or from `clean.chromeLinePatterns`) does not compile.
    case badPattern(rule: String, pattern: String, reason: String)

    /// A diagnostic naming the table or pattern and what to do.
    public var description: String {
        switch self {
        case .missingRuleTable(let name):
            return "bundled rule table \(name) is missing; reinstall or rebuild govreports"
        case .badPattern(let rule, let pattern, let reason):
            return "chrome line rule \(rule): pattern \(pattern) does not compile (\(reason)); fix it in pipeline.json clean.chromeLinePatterns"
        }
    }
}
