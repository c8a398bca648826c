/// Where a WARC source document's record is: the archive file and the record's position, with its id so a fetch
/// can tell that the archive still holds that record there.
public struct WARCLocation: Codable, Sendable, Hashable {
    /// Absolute path of the archive file.
    public var archive: String
    /// The record's position in it.
    public var position: WARCPosition
    /// `WARC-Record-ID` of the record (empty when the record has none).
    public var recordID: String
    /// What identifies the record's content for fingerprints: its payload or block digest, else its length.
    public var contentIdentity: String

    /// Creates a location.
    public init(archive: String, position: WARCPosition, recordID: String, contentIdentity: String) {
        self.archive = archive
        self.position = position
        self.recordID = recordID
        self.contentIdentity = contentIdentity
    }
}
