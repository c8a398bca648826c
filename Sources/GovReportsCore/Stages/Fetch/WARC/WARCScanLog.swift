import NIOConcurrencyHelpers

/// What the WARC sources' scans of one resolution found: bad records (each a run failure naming archive and offset)
/// and how many records were skipped as no page or superseded by a later copy of their URI.
public final class WARCScanLog: Sendable {
    /// The totals so far.
    private let state = NIOLockedValueBox<(issues: [WARCIssue], skipped: Int, superseded: Int)>(([], 0, 0))

    /// Creates an empty log.
    public init() {}

    /// Adds one scan's findings.
    func add(_ scan: WARCSourceScanner.Scan) {
        state.withLockedValue {
            $0.issues += scan.issues
            $0.skipped += scan.skipped
            $0.superseded += scan.superseded
        }
    }

    /// Bad records and data found.
    public var issues: [WARCIssue] { state.withLockedValue { $0.issues } }
    /// Records that are no HTML page.
    public var skipped: Int { state.withLockedValue { $0.skipped } }
    /// Older copies replaced by a later record of the same URI.
    public var superseded: Int { state.withLockedValue { $0.superseded } }

    /// Empties the log (before a new resolution).
    public func reset() { state.withLockedValue { $0 = ([], 0, 0) } }
}
