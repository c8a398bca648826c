/// Run-level failures of `stream` and `export --from-stream` (a bad document is never one: it is an output line).
public enum StreamError: Error, Equatable, CustomStringConvertible {
    /// The input could not be read (errno text).
    case inputUnreadable(String)
    /// The output could not be written (errno text), e.g. the consumer closed the pipe.
    case outputUnwritable(String)
    /// This build has no reader for the format.
    case formatUnavailable(String)
    /// A stream output part could not be opened or read.
    case partUnreadable(path: String, reason: String)
    /// The `--templates` folder or one of its files could not be read.
    case templatesUnreadable(path: String, reason: String)
    /// A line of a stream output part is not a stream output line.
    case partLineInvalid(path: String, line: Int, reason: String)

    /// Names the file or line and what to do.
    public var description: String {
        switch self {
        case .inputUnreadable(let r): return "stream: cannot read the input: \(r)"
        case .outputUnwritable(let r): return "stream: cannot write the output: \(r)"
        case .formatUnavailable(let f): return "stream: input format '\(f)' is not available in this build"
        case .partUnreadable(let p, let r): return "\(p): cannot read the stream output part: \(r)"
        case .templatesUnreadable(let p, let r):
            return "\(p): cannot read site templates (\(r)); pass a run's output/stages/template folder"
        case .partLineInvalid(let p, let n, let r):
            return "\(p):\(n): not a `govreports stream` output line (\(r)); pass only stream output files"
        }
    }
}
