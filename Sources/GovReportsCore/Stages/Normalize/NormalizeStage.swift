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
        // Where each cleaned line starts among the split lines, wanted only when clean recorded places.
        var cleanedStarts: [Int] = []
        let placed = cleaned.removed.contains { $0.beforeLine != nil } || cleaned.outside.blocks.contains { $0.beforeLine != nil }
        let split = placed ? LineSplitter.lines(cleaned.text, fullWidth: config.foldFullWidth, lineStarts: &cleanedStarts)
            : LineSplitter.lines(cleaned.text, fullWidth: config.foldFullWidth)
        var lines = split
        // Indices among `split` of the template's lines, ascending.
        var templateDrop: [Int] = []
        var templateKept: Diagnostic?
        if let template {
            let decision = template.decision(in: lines)
            templateKept = decision.diagnostic(in: lines)
            let drop = Set(decision.removals)
            if !drop.isEmpty {
                templateDrop = drop.sorted()
                lines = lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
            }
        }
        // A `<title>` that names only the channel is no title: the text's own title line, or none, is better.
        let channelOnly = cleaned.isHTML && cleaned.page.articleTitle == nil
            && cleaned.page.htmlTitle.map(SiteNameTitle.namesOnlyChannel) == true
        let pageTitle = cleaned.page.articleTitle ?? (channelOnly ? nil : cleaned.page.htmlTitle)
        let sectionLead = cleaned.isHTML ? cleaned.page.sectionLead : nil
        let merged = merger.merge(lines: lines, pageTitle: pageTitle, sectionLead: sectionLead)
        var diagnostics = cleaned.diagnostics
        if pageTitle == nil, merged.title == nil, let lead = sectionLead {
            diagnostics.append(Diagnostic(.titleSectionHeading, stage: .normalize, severity: .info,
                                          "the body opens with \u{201C}\(lead)\u{201D}, the first of several section headings: no title taken from the text"))
        }
        if channelOnly, let channel = cleaned.page.htmlTitle {
            diagnostics.append(Diagnostic(.titleChannelOnly, stage: .normalize, severity: .info,
                                          "the <title> \u{201C}\(channel)\u{201D} names only a channel, not the article: not taken as the title"))
        }
        if let templateKept { diagnostics.append(templateKept) }
        if merged.body.isEmpty { diagnostics.append(Diagnostic(.bodyEmpty, stage: .normalize, "normalize: no body text")) }
        if let duplicates = DuplicateParagraphs.diagnostic(merged.body) {
            diagnostics.append(Diagnostic(.duplicateParagraphs, stage: .normalize, duplicates))
        }
        return NormalizedDocument(
            docID: cleaned.docID, source: cleaned.source, sha256: cleaned.sha256, encoding: cleaned.encoding,
            page: cleaned.page, title: merged.title, text: merged.body.joined(separator: "\n"),
            removed: Self.removed(cleaned.removed, cleanedStarts: cleanedStarts, split: split, templateDrop: templateDrop,
                                  kept: lines, merged: merged),
            diagnostics: diagnostics, tables: cleaned.tables,
            outside: Self.outside(cleaned.outside, cleanedStarts: cleanedStarts, split: split, templateDrop: templateDrop,
                                  kept: lines, body: merged.body))
    }

    /// Clean's chrome, the template's lines and the title copies, in document order, each with its place among the
    /// normalized lines (`beforeLine`).
    static func removed(_ chrome: [RemovedLine], cleanedStarts: [Int], split: [String], templateDrop: [Int],
                        kept: [String], merged: (title: String?, body: [String], removed: [String])) -> [RemovedLine] {
        if chrome.isEmpty && templateDrop.isEmpty && merged.removed.isEmpty { return [] }
        let keptToSplit = titleSplitIndices(split: split, templateDrop: templateDrop, kept: kept, body: merged.body)
        var dropped: [(index: Int, line: String, rule: String)] = templateDrop.map { ($0, split[$0], Self.templateRule) }
        dropped += keptToSplit.map { ($0, split[$0], Self.titleRule) }
        let places = RemovedLinePlaces(splitCount: split.count, gone: (templateDrop + keptToSplit).sorted())
        return places.place(chrome: chrome, cleanedStarts: cleanedStarts, dropped: dropped)
    }

    /// The rule of a line a site template removed.
    static let templateRule = "template"
    /// The rule of a title copy removed from the body.
    static let titleRule = "title"
}
