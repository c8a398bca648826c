import Foundation

/// What the fetch stage stored for one document: raw bytes on disk plus this metadata.
public struct FetchRecord: Codable, Sendable, Equatable {
    /// Stable document id.
    public var docID: String
    /// The source as configured (relative path or URL).
    public var source: String
    /// File name of the raw bytes inside `output/stages/fetch/`.
    public var rawFile: String
    /// When the bytes were read or received, ISO 8601.
    public var fetchedAt: String
    /// SHA-256 of the raw bytes, lowercase hex.
    public var sha256: String
    /// Size of the raw bytes.
    public var byteCount: Int
    /// File modification time (seconds since 1970) for local sources; lets re-runs skip re-hashing.
    public var modifiedAt: Double?
    /// HTTP status for remote sources.
    public var httpStatus: Int?
    /// URL after redirects for remote sources.
    public var finalURL: String?
    /// Selected response headers (lower-cased names) for remote sources.
    public var headers: [String: String]?
    /// Charset named by the transport (HTTP Content-Type), which wins over the page's own meta.
    public var charsetHint: String?
    /// Last time the server confirmed these bytes (a 200 or a 304), ISO 8601; `fetchedAt` is when they first arrived.
    public var checkedAt: String?
    /// True when the last check was answered 304 Not Modified.
    public var notModified: Bool?
    /// For an attachment: the doc id of the page that linked it (issue 22).
    public var parentDocID: String?

    /// Creates a fetch record.
    public init(docID: String, source: String, rawFile: String, fetchedAt: String, sha256: String,
                byteCount: Int, modifiedAt: Double? = nil, httpStatus: Int? = nil, finalURL: String? = nil,
                headers: [String: String]? = nil, charsetHint: String? = nil, checkedAt: String? = nil,
                notModified: Bool? = nil, parentDocID: String? = nil) {
        self.docID = docID
        self.source = source
        self.rawFile = rawFile
        self.fetchedAt = fetchedAt
        self.sha256 = sha256
        self.byteCount = byteCount
        self.modifiedAt = modifiedAt
        self.httpStatus = httpStatus
        self.finalURL = finalURL
        self.headers = headers
        self.charsetHint = charsetHint
        self.checkedAt = checkedAt
        self.notModified = notModified
        self.parentDocID = parentDocID
    }
}
