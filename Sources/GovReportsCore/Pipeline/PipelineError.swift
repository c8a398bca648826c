/// Run-level faults (as opposed to per-document failures, which never stop a run).
public enum PipelineError: Error, CustomStringConvertible {
    /// Another run holds the output folder's lock.
    case locked(output: String, holder: String)
    /// The output folder cannot be created or written.
    case outputUnwritable(path: String, reason: String)
    /// The state database cannot be opened.
    case state(path: String, reason: String)
    /// The export stage could not write the datasets (the previous datasets are intact).
    case export(path: String, reason: String)

    /// A diagnostic naming the path.
    public var description: String {
        switch self {
        case .locked(let output, let holder):
            return "\(output) is locked by another govreports run (\(holder)); wait for it or stop it"
        case .outputUnwritable(let path, let reason):
            return "\(path): cannot write output (\(reason))"
        case .state(let path, let reason):
            return "\(path): cannot open state database (\(reason))"
        case .export(let path, let reason):
            return "\(path): export failed, previous datasets kept (\(reason))"
        }
    }
}
