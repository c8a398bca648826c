import Foundation

/// Extracts metadata, sections, quantities, citations and indicators from normalized text.
public struct ExtractStage: DocumentStage {
    /// This is the extract stage.
    public static let name = StageName.extract
    /// Quantity scanner with compiled rule tables.
    let scanner: QuantityScanner
    /// Heading tree parser.
    let sections: SectionParser
    /// Metadata rules.
    let metadata: MetadataExtractor
    /// Citation rules.
    let citations: CitationExtractor
    /// Codebook matcher.
    let indicators: IndicatorMatcher
    /// The 政府信息公开工作年度报告 template tables.
    let disclosure: DisclosureExtractor
    /// Most rows one document may yield (`extract.maxRowsPerDocument`).
    let maxRows: Int
    /// The numeral multipliers (十百千万亿) a bare magnitude starts with.
    let magnitudes: Set<String>

    /// Compiles every rule table once for the whole run.
    public init(config: ExtractConfig, baseDirectory: URL) throws {
        scanner = QuantityScanner(rules: try QuantityRules.bundled(extraStoplist: config.stoplist))
        metadata = try MetadataExtractor.bundled()
        sections = try SectionParser.bundled()
        citations = try CitationExtractor.bundled()
        indicators = try IndicatorMatcher(codebook: try Codebook.load(config.codebook, baseDirectory: baseDirectory),
                                          change: scanner.rules.change)
        maxRows = config.maxRowsPerDocument
        magnitudes = Set(scanner.rules.numerals.smallMultipliers.keys).union(scanner.rules.numerals.largeMultipliers.keys)
        disclosure = try DisclosureExtractor()
    }

    /// The stage contract: `extract` from one normalized document, refused past `extract.maxRowsPerDocument`.
    public func run(_ input: NormalizedDocument) throws -> ExtractedDocument {
        try RowBound.check(extract(input), limit: maxRows)
    }

    /// Extracts everything from one normalized document.
    public func extract(_ doc: NormalizedDocument) -> ExtractedDocument {
        // One scalar array for every extractor: each converting the text itself was a tenth of extract time. The
        // values are decoded once from the UTF-8 (`Array(text.unicodeScalars)` was a generic element-by-element
        // copy) and the scalar array is a bulk copy of them: `Unicode.Scalar` is a `UInt32` underneath.
        // The text keeps its punctuation as written (，：（）); the rules read a view of the same scalars with full-width
        // punctuation folded to ASCII, one scalar for one, so every offset holds in both. Strings a record shows
        // (mention text, sentence, section titles, citations) are cut from the text as written.
        let (values, written) = RuleView.of(doc.text)
        let scalars = values.withUnsafeBufferPointer { $0.withMemoryRebound(to: Unicode.Scalar.self) { Array($0) } }
        var diagnostics = doc.diagnostics
        // Table rows are found first: a row such as `一、本年新收 …` is not a heading of the report.
        let tableRows = TableSubjects(grids: doc.tables, scalars: scalars)
        let tree = sections.parse(scalars: scalars, written: written, tableRows: tableRows.rowLineStarts)
        let meta = metadata.extract(doc, scalars: scalars, sections: tree, diagnostics: &diagnostics)
        let sentences = SentenceIndex(written ?? scalars)
        let locator = SectionLocator(tree)
        var quantities: [QuantityRecord] = []
        var doubts: [QuantityDoubt] = []
        let matches = scanner.scan(values: values, doubts: &doubts)
        diagnostics += QuantityDoubtReport.diagnostics(doubts, text: written ?? scalars)
        for (i, match) in matches.enumerated() {
            let section = locator.innermost(containing: match.start)
            quantities.append(QuantityRecord(
                mention: i + 1, text: written.map { ScalarString.make($0[match.start..<match.end]) } ?? match.text, value: match.value, valueMax: match.valueMax, unit: match.unit,
                kind: match.kind, approx: match.approx, section: section?.path ?? "", sectionTitle: section?.title,
                sentence: sentences.sentence(containing: match.start, match.end), charStart: match.start,
                charEnd: match.end, subject: match.subject, indicator: nil, change: match.change, target: match.target))
        }
        // A quantity inside a table cell counts what the cell's row and column headers name. A cell that is only a
        // bare magnitude and a unit (a unit column's 万吨) labels the figures beside it: it is no quantity.
        if !doc.tables.isEmpty {
            let count = quantities.count
            quantities.removeAll { q in
                guard let cell = tableRows.cell(start: q.charStart, end: q.charEnd) else { return false }
                return cell.start == q.charStart && cell.end == q.charEnd && !cell.hasDigit
                    && q.text.unicodeScalars.first.map { magnitudes.contains(String($0)) } == true
            }
            if quantities.count != count { for i in quantities.indices { quantities[i].mention = i + 1 } }
            for i in quantities.indices {
                if let subject = tableRows.subject(start: quantities[i].charStart, end: quantities[i].charEnd) {
                    quantities[i].subject = subject
                }
            }
        }
        let mentions = indicators.match(quantities, text: scalars, plan: PlanExtent(sections: tree))
        for m in mentions where quantities[m.mention - 1].indicator == nil {
            quantities[m.mention - 1].indicator = m.indicator
        }
        let tables = disclosure.extract(tables: doc.tables, text: doc.text, reportYear: meta.reportYear,
                                        quantities: quantities, scalars: scalars)
        diagnostics += tables.diagnostics
        diagnostics += TableHeaderCheck.diagnostics(doc.tables)
        diagnostics += TableContinuation.diagnostics(doc.tables)
        return ExtractedDocument(
            docID: doc.docID, source: doc.source, sha256: doc.sha256, encoding: doc.encoding, metadata: meta,
            chars: scalars.count, text: doc.text, sections: tree, quantities: quantities,
            citations: citations.extract(scalars: scalars, written: written), indicators: mentions, diagnostics: diagnostics,
            tableCells: TableCellExtractor(scanner: scanner).cells(doc.tables), disclosure: tables.cells)
    }
}
