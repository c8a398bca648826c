/// One input document as resolved from the configured sources, before fetching.
public struct SourceDocument: Codable, Sendable, Hashable {
    /// Stable identifier: the same source always yields the same id.
    public var docID: String
    /// The source as a user would name it: a path relative to the config folder, or a URL.
    public var source: String
    /// Absolute file path for local sources; nil for URLs.
    public var path: String?
    /// Remote URL for HTTP sources; nil for files.
    public var url: String?
    /// For a record of a WARC source: the archive and the record's position (the source is its target URI).
    public var warc: WARCLocation?
    /// For an attachment found on a fetched page: the page's doc id (issue 22); nil for every other source.
    public var parentDocID: String?

    /// Creates a source record.
    public init(docID: String, source: String, path: String? = nil, url: String? = nil, warc: WARCLocation? = nil,
                parentDocID: String? = nil) {
        self.docID = docID
        self.source = source
        self.path = path
        self.url = url
        self.warc = warc
        self.parentDocID = parentDocID
    }

    /// The file name without extension (or the last URL path segment), used to match gold annotations.
    public var stem: String {
        let last = (path ?? url ?? source).split(separator: "/").last.map(String.init) ?? source
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { return String(last[..<dot]) }
        return last
    }
}
