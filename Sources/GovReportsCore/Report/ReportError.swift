/// Why the report could not be written (a document whose records cannot be read is shown as such, not thrown).
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The report folder or one of its files could not be written.
    case unwritable(path: String, reason: String)
    /// There is no run to report on: no state database or no extract records in the output folder.
    case nothingToReport(output: String)
    /// A rule table the report reads (the disclosure panel's columns) is damaged in this build.
    case rules(reason: String)

    /// Message naming the path and what to do.
    public var description: String {
        switch self {
        case .unwritable(let path, let reason): return "cannot write the report at \(path): \(reason)"
        case .nothingToReport(let output):
            return "no extracted documents in \(output): run `govreports run` first (or pass the --output of that run)"
        case .rules(let reason): return "the report cannot read its bundled rule table: \(reason)"
        }
    }
}
