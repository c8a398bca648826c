/// Why the bundled quantity rule tables could not be loaded.
public enum QuantityRulesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The named table is not in the resource bundle.
    case missingTable(file: String)
    /// The named table exists but does not decode; `reason` says where.
    case malformedTable(file: String, reason: String)
    /// The named table decodes but holds an entry the scanner cannot use.
    case invalidEntry(file: String, entry: String, reason: String)

    /// A message naming the file and what to do.
    public var description: String {
        switch self {
        case .missingTable(let file):
            return "quantity rule table \(file) is missing from the GovReportsCore bundle (Resources/rules); rebuild the package"
        case .malformedTable(let file, let reason):
            return "quantity rule table \(file) is malformed: \(reason)"
        case .invalidEntry(let file, let entry, let reason):
            return "quantity rule table \(file) has an unusable entry \"\(entry)\": \(reason)"
        }
    }
}
