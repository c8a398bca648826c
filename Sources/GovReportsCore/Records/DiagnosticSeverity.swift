/// How much a diagnostic matters to a researcher using the row.
public enum DiagnosticSeverity: String, Codable, Sendable, CaseIterable {
    /// Worth knowing; the values are as good as usual (e.g. a field inferred from a reliable fallback).
    case info
    /// A value may be missing or less reliable; check before relying on it.
    case warning
    /// The document failed at this stage; its outputs are the last good ones, or none.
    case error
}
