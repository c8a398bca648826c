/// Something wrong in a WARC archive that the reader stepped over: a bad or cut-short record, corrupt gzip data,
/// bytes that are no record. It names the archive and the offset, and reading goes on after it.
public struct WARCIssue: Sendable, Equatable, CustomStringConvertible {
    /// The archive as the user named it (path, or `<stdin>`).
    public var archive: String
    /// Where the bad record or data starts.
    public var position: WARCPosition
    /// What is wrong, in words.
    public var reason: String

    /// Creates an issue.
    public init(archive: String, position: WARCPosition, reason: String) {
        self.archive = archive
        self.position = position
        self.reason = reason
    }

    /// "crawl/a.warc.gz at offset 1234: record cut short (…)".
    public var description: String { "\(archive) at \(position): \(reason)" }
}
