/// The last good expansion of one listing source, kept so a failed refresh loses no documents.
public struct ListingRecord: Codable, Sendable, Equatable {
    /// The listing's first page.
    public var url: String
    /// When the links were last read, ISO 8601.
    public var fetchedAt: String
    /// Index pages read.
    public var pages: Int
    /// Report URLs that passed the filters, in page order.
    public var links: [String]

    /// Creates a record.
    public init(url: String, fetchedAt: String, pages: Int, links: [String]) {
        self.url = url
        self.fetchedAt = fetchedAt
        self.pages = pages
        self.links = links
    }
}
