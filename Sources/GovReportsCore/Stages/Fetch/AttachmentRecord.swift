/// The attachment links last found on one fetched page, kept so `documents()` lists the attachments offline.
public struct AttachmentRecord: Codable, Sendable, Equatable {
    /// The page's doc id.
    public var parentDocID: String
    /// The page's URL as configured.
    public var source: String
    /// The page's fetched bytes (SHA-256) the links were read from; an unchanged page is not parsed again.
    public var sha256: String
    /// Attachment URLs in page order.
    public var links: [String]

    /// Creates a record.
    public init(parentDocID: String, source: String, sha256: String, links: [String]) {
        self.parentDocID = parentDocID
        self.source = source
        self.sha256 = sha256
        self.links = links
    }
}
