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
        try process(document, handOff: nil, store: store).output
    }

    /// Cleans the bytes fetch handed over in this process, or else the stored ones; hands the result to normalize.
    public func process(_ document: SourceDocument, handOff: StageHandOff?, store: ArtifactStore) throws
        -> (output: CleanedDocument, handOff: StageHandOff?) {
        let record: FetchRecord
        let bytes: [UInt8]
        do {
            if case .fetched(let fetched, let raw)? = handOff {
                record = fetched
                try cleaner.admit(byteCount: raw.count, record: record)
                bytes = raw
            } else {
                record = try store.read(FetchRecord.self, stage: .fetch, docID: document.docID)
                let path = store.rawURL(docID: document.docID).path
                // The size check comes before the read, so an oversized file costs no memory at all.
                try cleaner.admit(byteCount: try PlainFile.size(path), record: record)
                bytes = try PlainFile.read(path)
            }
        } catch let error as CleanError {
            throw DocumentError.failed(docID: document.docID, source: document.source, stage: .clean, reason: error.description)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError.missingInput(docID: document.docID, source: document.source, stage: .clean)
        }
        do {
            let cleaned = try cleaner.clean(bytes, record: record)
            return (cleaned, .cleaned(cleaned))
        } catch {
            throw DocumentError.failed(docID: document.docID, source: document.source, stage: .clean,
                                       reason: error.description)
        }
    }
}
