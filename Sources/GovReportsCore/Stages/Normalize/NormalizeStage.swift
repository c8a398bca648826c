/// Produces the canonical text that all offsets point into: folded widths and spaces, no empty lines, title merged.
public struct NormalizeStage: DocumentStage {
    /// This is the normalize stage.
    public static let name = StageName.normalize
    /// Options.
    public let config: NormalizeConfig
    /// Title detection and merging.
    let merger = TitleMerger()
    /// The run's site templates; their lines are removed before anything else.
    public let templates: TemplateBook

    /// Creates the stage.
    public init(config: NormalizeConfig, templates: TemplateBook = .empty) {
        self.config = config
        self.templates = templates
    }

    /// The cleaned text's identity, joined by the identity of the template lines removed from it (if any), so a
    /// changed site template redoes exactly the documents whose removed lines change.
    public func inputIdentity(_ document: SourceDocument, upstream: StageState?) throws -> String {
        guard let sha = upstream?.outputSHA else {
            throw DocumentError.missingInput(docID: document.docID, source: document.source, stage: Self.name)
        }
        return TemplateIdentity.combine(sha, templates.identity(for: document.docID))
    }

    /// Reads the cleaned record and normalizes it.
    public func process(_ document: SourceDocument, store: ArtifactStore) throws -> NormalizedDocument {
        normalize(try store.read(CleanedDocument.self, stage: .clean, docID: document.docID),
                  template: templates.template(for: document.docID))
    }

    /// Normalizes clean's in-memory output when handed over, else the stored one; hands the result to extract.
    public func process(_ document: SourceDocument, handOff: StageHandOff?, store: ArtifactStore) throws
        -> (output: NormalizedDocument, handOff: StageHandOff?) {
        let cleaned: CleanedDocument
        if case .cleaned(let handed)? = handOff { cleaned = handed } else {
            cleaned = try store.read(CleanedDocument.self, stage: .clean, docID: document.docID)
        }
        let normalized = normalize(cleaned, template: templates.template(for: document.docID))
        return (normalized, .normalized(normalized))
    }

    /// Normalizes one cleaned document, first removing the lines its site template (if any) removes.
    public func normalize(_ cleaned: CleanedDocument, template: SiteTemplate? = nil) -> NormalizedDocument {
        var lines = LineSplitter.lines(cleaned.text, fullWidth: config.foldFullWidth)
        var templateRemoved: [RemovedLine] = []
        if let template {
            let drop = Set(template.removals(in: lines))
            if !drop.isEmpty {
                templateRemoved = drop.sorted().map { RemovedLine(line: lines[$0], rule: "template") }
                lines = lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
            }
        }
        let merged = merger.merge(lines: lines, pageTitle: cleaned.page.articleTitle ?? cleaned.page.htmlTitle)
        var warnings = cleaned.warnings
        if merged.body.isEmpty { warnings.append("normalize: no body text") }
        return NormalizedDocument(
            docID: cleaned.docID, source: cleaned.source, sha256: cleaned.sha256, encoding: cleaned.encoding,
            page: cleaned.page, title: merged.title, text: merged.body.joined(separator: "\n"),
            removed: cleaned.removed + templateRemoved + merged.removed.map { RemovedLine(line: $0, rule: "title") },
            warnings: warnings)
    }
}
