/// What a scan of one stretch of text found about the report year.
enum ReportYearFinding: Equatable {
    /// A stated year.
    case year(Int)
    /// Only anonymized years such as `20*年`.
    case anonymized
    /// No year at all.
    case none
}
