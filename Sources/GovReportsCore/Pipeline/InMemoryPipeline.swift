import Foundation

/// Runs clean → normalize → extract on one file without touching the output folder (for eval and benchmarks).
public struct InMemoryPipeline: Sendable {
    /// Compiled cleaner.
    let cleaner: Cleaner
    /// Normalizer.
    let normalizer: NormalizeStage
    /// Compiled extractor.
    let extractor: ExtractStage

    /// The three stages' results for one document.
    public struct Result: Sendable {
        /// Clean output.
        public var cleaned: CleanedDocument
        /// Normalize output.
        public var normalized: NormalizedDocument
        /// Extract output.
        public var extracted: ExtractedDocument
    }

    /// Compiles the stages from a config.
    public init(config: PipelineConfig, baseDirectory: URL) throws {
        cleaner = try Cleaner(config: config.clean)
        normalizer = NormalizeStage(config: config.normalize)
        extractor = try ExtractStage(config: config.extract, baseDirectory: baseDirectory)
    }

    /// Processes bytes named by `source`.
    public func process(_ bytes: [UInt8], source: String, charsetHint: String? = nil) throws -> Result {
        let id = DocumentID.make(source: source)
        let record = FetchRecord(docID: id, source: source, rawFile: "", fetchedAt: Timestamp.now(),
                                 sha256: Digest.sha256(bytes), byteCount: bytes.count, charsetHint: charsetHint)
        let cleaned = try cleaner.clean(bytes, record: record)
        let normalized = normalizer.normalize(cleaned)
        return Result(cleaned: cleaned, normalized: normalized, extracted: extractor.extract(normalized))
    }

    /// Reads and processes one file.
    public func process(file: URL) throws -> Result {
        try process([UInt8](try Data(contentsOf: file)), source: file.lastPathComponent)
    }
}
