import Foundation

/// The per-document stages composed once, fetch → clean → normalize → extract. The same chain runs purely in
/// memory (eval, bench, fuzz, stream) or staged against the artifact store with fingerprints (`run`; see
/// `StageChain+Staged.swift`), where the chain, never a stage, reads and writes the store.
public struct StageChain: Sendable {
    /// Reads files and downloads URLs.
    public let fetch: FetchStage
    /// Decodes bytes and strips chrome.
    public let clean: CleanStage
    /// Folds widths, drops empty lines, merges the title.
    public let normalize: NormalizeStage
    /// Extracts metadata, sections, quantities, citations and indicators.
    public let extract: ExtractStage

    /// The per-document stages in the order they run.
    public static let stages: [StageName] = [FetchStage.name, CleanStage.name, NormalizeStage.name, ExtractStage.name]

    /// Composes already compiled stages.
    public init(fetch: FetchStage, clean: CleanStage, normalize: NormalizeStage, extract: ExtractStage) {
        self.fetch = fetch
        self.clean = clean
        self.normalize = normalize
        self.extract = extract
    }

    /// Compiles every stage's rules from a config, once; `fetcher` serves URL documents in staged runs.
    public init(config: PipelineConfig, baseDirectory: URL, fetcher: HTTPFetcher? = nil) throws {
        self.init(fetch: FetchStage(fetcher: fetcher), clean: try CleanStage(config: config.clean),
                  normalize: NormalizeStage(config: config.normalize),
                  extract: try ExtractStage(config: config.extract, baseDirectory: baseDirectory))
    }

    /// Runs clean → normalize → extract in memory on bytes named by `source` (no store, no state).
    public func run(_ bytes: [UInt8], source: String, charsetHint: String? = nil) throws -> ChainResult {
        let record = FetchRecord(docID: DocumentID.make(source: source), source: source, rawFile: "",
                                 fetchedAt: Timestamp.now(), sha256: Digest.sha256(bytes), byteCount: bytes.count,
                                 charsetHint: charsetHint)
        return try run(RawDocument(record: record, bytes: bytes))
    }

    /// Runs clean → normalize → extract in memory on one fetched document.
    public func run(_ raw: RawDocument) throws -> ChainResult {
        let cleaned = try clean.run(raw)
        let normalized = normalize.run(cleaned)
        return ChainResult(cleaned: cleaned, normalized: normalized, extracted: try extract.run(normalized))
    }

    /// Reads one file and runs the chain on it in memory, named by its file name.
    public func run(file: URL) throws -> ChainResult {
        try run([UInt8](try Data(contentsOf: file)), source: file.lastPathComponent)
    }

    /// Identity of the input `stage` would read now: the source file's stat (or URL) for fetch, else the hash of
    /// the upstream stage's last good output (`upstream` is that stage's state row).
    public func inputIdentity(_ stage: StageName, of document: SourceDocument, upstream: StageState?) throws -> String {
        if stage == FetchStage.name { return try fetch.sourceIdentity(document) }
        guard let sha = upstream?.outputSHA else {
            throw DocumentError.missingInput(docID: document.docID, source: document.source, stage: stage)
        }
        // Normalize also depends on the lines its site template removes from this document.
        if stage == NormalizeStage.name { return TemplateIdentity.combine(sha, normalize.templates.identity(for: document.docID)) }
        return sha
    }
}
