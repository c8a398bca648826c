import Foundation

/// Decodes raw bytes and strips page chrome, via `Cleaner`.
public struct CleanStage: DocumentStage {
    /// This is the clean stage.
    public static let name = StageName.clean
    /// The compiled cleaner, shared by all documents.
    public let cleaner: Cleaner

    /// Creates the stage with rules compiled once.
    public init(config: CleanConfig) throws {
        cleaner = try Cleaner(config: config)
    }

    /// Reads the fetched bytes and cleans them.
    public func process(_ document: SourceDocument, store: ArtifactStore) throws -> CleanedDocument {
        let record = try store.read(FetchRecord.self, stage: .fetch, docID: document.docID)
        let url = store.rawURL(docID: document.docID)
        let raw: Data
        do {
            // The size check comes before the read, so an oversized file costs no memory at all.
            let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber
            try cleaner.admit(byteCount: size?.intValue ?? 0, record: record)
            raw = try Data(contentsOf: url)
        } catch let error as CleanError {
            throw DocumentError.failed(docID: document.docID, source: document.source, stage: .clean, reason: error.description)
        } catch {
            throw DocumentError.missingInput(docID: document.docID, source: document.source, stage: .clean)
        }
        do {
            return try cleaner.clean([UInt8](raw), record: record)
        } catch {
            throw DocumentError.failed(docID: document.docID, source: document.source, stage: .clean,
                                       reason: error.description)
        }
    }
}
