/// Something a stage noticed about one document, as data: which stage, how serious, a stable code to filter on and
/// a readable message. Documents carry their diagnostics through every stage into the `diagnostics` table; a failure
/// is a diagnostic of severity `error`.
public struct Diagnostic: Codable, Sendable, Equatable {
    /// The stage that emitted it.
    public var stage: StageName
    /// How much it matters.
    public var severity: DiagnosticSeverity
    /// Stable identifier.
    public var code: DiagnosticCode
    /// Readable detail (names the values involved); `documents.warnings` joins these.
    public var message: String

    /// Creates a diagnostic.
    public init(_ code: DiagnosticCode, stage: StageName, severity: DiagnosticSeverity = .warning, _ message: String) {
        self.stage = stage
        self.severity = severity
        self.code = code
        self.message = message
    }
}
