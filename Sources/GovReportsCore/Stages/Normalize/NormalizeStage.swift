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

    /// The stage contract: `normalize` one cleaned document, without the lines its site template removes.
    public func run(_ input: CleanedDocument) -> NormalizedDocument {
        normalize(input, template: templates.template(for: input.docID))
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
        var diagnostics = cleaned.diagnostics
        if merged.body.isEmpty { diagnostics.append(Diagnostic(.bodyEmpty, stage: .normalize, "normalize: no body text")) }
        if let duplicates = DuplicateParagraphs.diagnostic(merged.body) {
            diagnostics.append(Diagnostic(.duplicateParagraphs, stage: .normalize, duplicates))
        }
        return NormalizedDocument(
            docID: cleaned.docID, source: cleaned.source, sha256: cleaned.sha256, encoding: cleaned.encoding,
            page: cleaned.page, title: merged.title, text: merged.body.joined(separator: "\n"),
            removed: cleaned.removed + templateRemoved + merged.removed.map { RemovedLine(line: $0, rule: "title") },
            diagnostics: diagnostics, tables: cleaned.tables)
    }
}
