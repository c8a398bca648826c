/// A per-document failure: recorded in the state, reported, and never stops the other documents.
public enum DocumentError: Error, CustomStringConvertible {
    /// The upstream stage has no good output for this document.
    case missingInput(docID: String, source: String, stage: StageName)
    /// The source file could not be read.
    case unreadable(docID: String, source: String, reason: String)
    /// The stage cannot handle this kind of source yet.
    case unsupported(docID: String, source: String, reason: String)
    /// The stage failed with a typed reason of its own, recorded under `code`.
    case failed(docID: String, source: String, stage: StageName, reason: String, code: DiagnosticCode = .stageFailed)

    /// A diagnostic that names the document.
    public var description: String {
        switch self {
        case .missingInput(_, let source, let stage):
            let before = StageName.allCases[max(0, stage.order - 1)]
            return "\(source): no \(before.rawValue) output to run \(stage.rawValue) on; run `govreports run` (or `--from \(before.rawValue)`) first"
        case .unreadable(_, let source, let reason):
            return "\(source): cannot read (\(reason))"
        case .unsupported(_, let source, let reason):
            return "\(source): \(reason)"
        case .failed(_, let source, let stage, let reason, _):
            // Typed stage errors already name the document; do not name it twice.
            return reason.hasPrefix(source) ? "\(reason) [\(stage.rawValue)]" : "\(source): \(stage.rawValue) failed: \(reason)"
        }
    }
}
