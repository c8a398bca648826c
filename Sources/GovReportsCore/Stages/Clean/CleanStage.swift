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

    /// Refuses a document over `clean.maxInputBytes` from its size alone, so the store's copy need not be read.
    public func admit(byteCount: Int, record: FetchRecord) throws {
        do { try cleaner.admit(byteCount: byteCount, record: record) } catch {
            throw DocumentError.failed(docID: record.docID, source: record.source, stage: .clean, reason: error.description,
                                       code: error.diagnosticCode)
        }
    }

    /// Cleans one document's bytes; a typed clean error becomes a document failure naming it.
    public func run(_ input: RawDocument) throws -> CleanedDocument {
        do { return try cleaner.clean(input.bytes, record: input.record, utf8Multibyte: input.utf8Multibyte) } catch {
            throw DocumentError.failed(docID: input.record.docID, source: input.record.source, stage: .clean,
                                       reason: error.description, code: error.diagnosticCode)
        }
    }
}
