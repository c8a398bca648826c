/// A document that failed in a run: which document, and the diagnostic (severity `error`) saying where and why.
public struct Failure: Codable, Sendable, Equatable {
    /// Document id.
    public var docID: String
    /// Source of the document.
    public var source: String
    /// Stage, stable code and the message naming the document.
    public var diagnostic: Diagnostic

    /// Creates a failure of `stage` with its code and message.
    public init(docID: String, source: String, stage: StageName, code: DiagnosticCode, reason: String) {
        self.docID = docID
        self.source = source
        diagnostic = Diagnostic(code, stage: stage, severity: .error, reason)
    }

    /// Stage that failed.
    public var stage: StageName { diagnostic.stage }
    /// The message naming the document.
    public var reason: String { diagnostic.message }
    /// The stable code.
    public var code: DiagnosticCode { diagnostic.code }
}
