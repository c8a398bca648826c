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

    /// The stage contract: `normalize` one cleaned document.
    public func run(_ input: CleanedDocument) -> NormalizedDocument { normalize(input) }

    /// Normalizes one cleaned document.
    public func normalize(_ cleaned: CleanedDocument) -> NormalizedDocument {
        let lines = LineSplitter.lines(cleaned.text, fullWidth: config.foldFullWidth)
        let merged = merger.merge(lines: lines, pageTitle: cleaned.page.articleTitle ?? cleaned.page.htmlTitle)
        var diagnostics = cleaned.diagnostics
        if merged.body.isEmpty { diagnostics.append(Diagnostic(.bodyEmpty, stage: .normalize, "normalize: no body text")) }
        return NormalizedDocument(
            docID: cleaned.docID, source: cleaned.source, sha256: cleaned.sha256, encoding: cleaned.encoding,
            page: cleaned.page, title: merged.title, text: merged.body.joined(separator: "\n"),
            removed: cleaned.removed + merged.removed.map { RemovedLine(line: $0, rule: "title") },
            diagnostics: diagnostics)
    }
}
