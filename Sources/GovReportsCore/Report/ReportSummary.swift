/// What one report generation wrote.
public struct ReportSummary: Sendable, Equatable {
    /// Documents listed in the overview.
    public var documents: Int
    /// Document pages written (documents whose extract record could be read).
    public var pages: Int
    /// Failed documents listed.
    public var failures: Int
    /// The report's entry page.
    public var indexPath: String
    /// Wall-clock seconds the generation took.
    public var seconds: Double
}
