import Foundation

/// Stores each document's raw bytes in `output/stages/fetch/` with a metadata record: local files are copied,
/// URLs are downloaded with conditional GET so an unchanged page keeps its identity and downstream skips it.
public struct FetchStage: DocumentStage {
    /// This is the fetch stage.
    public static let name = StageName.fetch

    /// Largest file handed to clean in memory (real report pages are far smaller).
    static let handOffLimit = 4 << 20

    /// The run's HTTP fetcher; nil in contexts that never download (URL documents then fail as unsupported).
    public let fetcher: HTTPFetcher?

    /// Creates the stage; pass the run's fetcher to handle URL documents.
    public init(fetcher: HTTPFetcher? = nil) {
        self.fetcher = fetcher
    }

    /// For files: size and modification time, so an untouched file is skipped without being read.
    public func inputIdentity(_ document: SourceDocument, upstream: StageState?) throws -> String {
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

    /// Reads the file or downloads the URL, stores its bytes and a record with their SHA-256.
    public func process(_ document: SourceDocument, store: ArtifactStore) throws -> FetchRecord {
        try process(document, handOff: nil, store: store).output
    }

    /// Fetches as above and hands clean the bytes of a local file, which it would otherwise read back from the store.
    public func process(_ document: SourceDocument, handOff: StageHandOff?, store: ArtifactStore) throws
        -> (output: FetchRecord, handOff: StageHandOff?) {
        if let url = document.url { return (try download(url, document: document, store: store), nil) }
        guard let path = document.path else {
            throw DocumentError.unsupported(docID: document.docID, source: document.source, reason: "neither a path nor a URL")
        }
        let bytes: [UInt8]
        do { bytes = try PlainFile.read(path) } catch {
            throw DocumentError.unreadable(docID: document.docID, source: document.source, reason: error.description)
        }
        let rawFile = "\(document.docID).raw"
        try bytes.withUnsafeBytes { try AtomicFile.write($0, to: store.rawURL(docID: document.docID)) }
        let mtime = try? PlainFile.modificationTime(path)
        let record = FetchRecord(docID: document.docID, source: document.source, rawFile: rawFile,
                                 fetchedAt: Timestamp.now(), sha256: Digest.sha256(bytes), byteCount: bytes.count,
                                 modifiedAt: mtime)
        // Large files are left for clean to read back after its size check, so a huge page is never handed on here.
        return (record, bytes.count <= Self.handOffLimit ? .fetched(record, bytes) : nil)
    }

    /// Downloads a URL; on any failure it throws before touching the stored raw file or record.
    func download(_ url: String, document: SourceDocument, store: ArtifactStore) throws -> FetchRecord {
        guard let fetcher else {
            throw DocumentError.unsupported(docID: document.docID, source: document.source,
                                            reason: "HTTP sources need a fetcher (run through PipelineRunner)")
        }
        let rawURL = store.rawURL(docID: document.docID)
        // Validators are sent only when the bytes they vouch for are still on disk and match the record.
        let previous = (try? store.read(FetchRecord.self, stage: .fetch, docID: document.docID))
            .flatMap { record -> FetchRecord? in
                guard let data = try? Data(contentsOf: rawURL), Digest.sha256(data) == record.sha256 else { return nil }
                return record
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
            return record
        }
        let sha = Digest.sha256(response.body)
        if previous?.sha256 != sha {
            try AtomicFile.write(response.body, to: rawURL)
        }
        return FetchRecord(docID: document.docID, source: document.source, rawFile: "\(document.docID).raw",
                           fetchedAt: previous?.sha256 == sha ? previous!.fetchedAt : now, sha256: sha,
                           byteCount: response.body.count, httpStatus: response.status, finalURL: response.finalURL,
                           headers: response.keptHeaderMap, charsetHint: response.charset, checkedAt: now,
                           notModified: false)
    }

    /// Downstream stages depend on the bytes, not on when they were read.
    public func outputIdentity(_ output: FetchRecord, recordSHA: String) -> String { output.sha256 }
}
