import Foundation

/// Reads each document's raw bytes with a metadata record (the runner stores both in `output/stages/fetch/`):
/// local files are read, URLs are downloaded with conditional GET so an unchanged page keeps its identity and
/// downstream skips it.
public struct FetchStage: DocumentStage {
    /// This is the fetch stage.
    public static let name = StageName.fetch

    /// Largest file handed to clean in memory (real report pages are far smaller); larger ones are read back from
    /// the store after clean's size check, so a huge page is not held across stages.
    public static let handOffLimit = 4 << 20

    /// The run's HTTP fetcher; nil in contexts that never download (URL documents then fail as unsupported).
    public let fetcher: HTTPFetcher?

    /// Creates the stage; pass the run's fetcher to handle URL documents.
    public init(fetcher: HTTPFetcher? = nil) {
        self.fetcher = fetcher
    }

    /// For files: size and modification time, so an untouched file is skipped without being read.
    public func sourceIdentity(_ document: SourceDocument) throws -> String {
        // A WARC record is immutable: its id and digest say whether it is the record read last time.
        if let warc = document.warc { return "warc:\(warc.recordID):\(warc.contentIdentity)" }
        guard let path = document.path else { return "url:\(document.source)" }
        // stat(2) directly: `FileManager.attributesOfItem` built a whole attribute dictionary (owner names included)
        // per file, a tenth of a no-op re-run.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DocumentError.unreadable(docID: document.docID, source: document.source, reason: "file is gone")
        }
        return "stat:\(Int(info.st_size)):\(PlainFile.modificationTime(of: info))"
    }

    /// URLs are re-checked every run: a conditional GET costs the server almost nothing when the page is unchanged.
    public func alwaysRuns(_ document: SourceDocument) -> Bool { document.url != nil }

    /// Reads the file or downloads the URL; returns the record with the bytes' SHA-256 and the bytes to store.
    public func run(_ input: FetchRequest) throws -> FetchedDocument {
        let document = input.document
        if let url = document.url { return try download(url, document: document, previous: input.previous) }
        if let warc = document.warc { return try archived(warc, document: document) }
        guard let path = document.path else {
            throw DocumentError.unsupported(docID: document.docID, source: document.source, reason: "neither a path nor a URL")
        }
        let bytes: [UInt8]
        do { bytes = try PlainFile.read(path) } catch {
            throw DocumentError.unreadable(docID: document.docID, source: document.source, reason: error.description)
        }
        let mtime = try? PlainFile.modificationTime(path)
        let record = FetchRecord(docID: document.docID, source: document.source, rawFile: "\(document.docID).raw",
                                 fetchedAt: Timestamp.now(), sha256: Digest.sha256(bytes), byteCount: bytes.count,
                                 modifiedAt: mtime)
        return FetchedDocument(record: record, bytes: bytes)
    }

    /// Reads a WARC source document's record from its archive.
    func archived(_ location: WARCLocation, document: SourceDocument) throws -> FetchedDocument {
        let raw: RawDocument
        do {
            let reader = try WARCReader(path: location.archive, at: location.position)
            guard let header = try reader.next(), header.position == location.position,
                  (header.recordID ?? "") == location.recordID else {
                throw WARCError.recordMoved(archive: location.archive, position: location.position)
            }
            let block = try reader.readBlock(limit: WARCPayload.maxBlockBytes)
            guard block.isWhole else {
                let reason = block.isTruncated ? reader.takeIssues().map(\.description).joined(separator: "; ")
                    : "\(location.archive) at \(location.position): record over \(WARCPayload.maxBlockBytes) bytes"
                throw DocumentError.unreadable(docID: document.docID, source: document.source, reason: reason)
            }
            raw = try WARCPayload.document(header, block: block.bytes, archive: location.archive)
        } catch let error as WARCError {
            throw DocumentError.unreadable(docID: document.docID, source: document.source, reason: error.description)
        }
        return FetchedDocument(record: raw.record, bytes: raw.bytes)
    }

    /// Downloads a URL, conditionally when `previous` (whose bytes are still stored) carries validators.
    func download(_ url: String, document: SourceDocument, previous: FetchRecord?) throws -> FetchedDocument {
        guard let fetcher else {
            throw DocumentError.unsupported(docID: document.docID, source: document.source,
                                            reason: "HTTP sources need a fetcher (run through PipelineRunner)")
        }
        let response = try fetcher.fetch(url, etag: previous?.headers?["etag"],
                                         lastModified: previous?.headers?["last-modified"])
        let now = Timestamp.now()
        if response.status == 304 {
            guard var record = previous else { throw FetchError.httpStatus(url: url, code: 304) }
            // The stored bytes are confirmed current: keep them and their sha256, refresh validators the 304 carries.
            var headers = record.headers ?? [:]
            for name in ["etag", "last-modified", "date", "expires", "cache-control"] {
                if let value = response.header(name) { headers[name] = value }
            }
            record.headers = headers
            record.checkedAt = now
            record.notModified = true
            record.parentDocID = document.parentDocID
            return FetchedDocument(record: record, bytes: nil)
        }
        let sha = Digest.sha256(response.body)
        let unchanged = previous?.sha256 == sha
        let record = FetchRecord(docID: document.docID, source: document.source, rawFile: "\(document.docID).raw",
                                 fetchedAt: unchanged ? previous!.fetchedAt : now, sha256: sha,
                                 byteCount: response.body.count, httpStatus: response.status, finalURL: response.finalURL,
                                 headers: response.keptHeaderMap, charsetHint: response.charset, checkedAt: now,
                                 notModified: false, parentDocID: document.parentDocID)
        return FetchedDocument(record: record, bytes: unchanged ? nil : [UInt8](response.body))
    }}
