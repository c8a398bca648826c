/// Produces the canonical text that all offsets point into: folded widths and spaces, no empty lines, title merged.
public struct NormalizeStage: DocumentStage {
    /// This is the normalize stage.
    public static let name = StageName.normalize
    /// Options.
    public let config: NormalizeConfig
    /// Title detection and merging.
    let merger = TitleMerger()

    /// Creates the stage.
    public init(config: NormalizeConfig) {
        self.config = config
    }

    /// Reads the cleaned record and normalizes it.
    public func process(_ document: SourceDocument, store: ArtifactStore) throws -> NormalizedDocument {
        normalize(try store.read(CleanedDocument.self, stage: .clean, docID: document.docID))
    }

    /// Normalizes clean's in-memory output when handed over, else the stored one; hands the result to extract.
    public func process(_ document: SourceDocument, handOff: StageHandOff?, store: ArtifactStore) throws
        -> (output: NormalizedDocument, handOff: StageHandOff?) {
        let cleaned: CleanedDocument
        if case .cleaned(let handed)? = handOff { cleaned = handed } else {
            cleaned = try store.read(CleanedDocument.self, stage: .clean, docID: document.docID)
        }
        let normalized = normalize(cleaned)
        return (normalized, .normalized(normalized))
    }

    /// Normalizes one cleaned document.
    public func normalize(_ cleaned: CleanedDocument) -> NormalizedDocument {
        let lines = LineSplitter.lines(cleaned.text, fullWidth: config.foldFullWidth)
        let merged = merger.merge(lines: lines, pageTitle: cleaned.page.articleTitle ?? cleaned.page.htmlTitle)
        var warnings = cleaned.warnings
        if merged.body.isEmpty { warnings.append("normalize: no body text") }
        if let duplicates = DuplicateParagraphs.diagnostic(merged.body) { warnings.append(duplicates) }
        return NormalizedDocument(
            docID: cleaned.docID, source: cleaned.source, sha256: cleaned.sha256, encoding: cleaned.encoding,
            page: cleaned.page, title: merged.title, text: merged.body.joined(separator: "\n"),
            removed: cleaned.removed + merged.removed.map { RemovedLine(line: $0, rule: "title") },
            warnings: warnings)
    }
}
