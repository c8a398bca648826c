import Foundation

/// Copies local source files into `output/stages/fetch/` with a metadata record.
public struct FetchStage: DocumentStage {
    /// This is the fetch stage.
    public static let name = StageName.fetch

    /// Creates the stage.
    public init() {}

    /// For files: size and modification time, so an untouched file is skipped without being read.
    public func inputIdentity(_ document: SourceDocument, upstream: StageState?) throws -> String {
        guard let path = document.path else { return "url:\(document.source)" }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw DocumentError.unreadable(docID: document.docID, source: document.source, reason: "file is gone")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
        let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "stat:\(size):\(mtime)"
    }

    /// Reads the file, stores its bytes and a record with their SHA-256.
    public func process(_ document: SourceDocument, store: ArtifactStore) throws -> FetchRecord {
        guard let path = document.path else {
            throw DocumentError.unsupported(docID: document.docID, source: document.source,
                                            reason: "HTTP sources are not supported by this build yet")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
            throw DocumentError.unreadable(docID: document.docID, source: document.source, reason: error.localizedDescription)
        }
        let rawFile = "\(document.docID).raw"
        try AtomicFile.write(data, to: store.rawURL(docID: document.docID))
        let mtime = ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date)?
            .timeIntervalSince1970
        return FetchRecord(docID: document.docID, source: document.source, rawFile: rawFile,
                           fetchedAt: Timestamp.now(), sha256: Digest.sha256(data), byteCount: data.count,
                           modifiedAt: mtime)
    }

    /// Downstream stages depend on the bytes, not on when they were read.
    public func outputIdentity(_ output: FetchRecord, recordSHA: String) -> String { output.sha256 }
}
