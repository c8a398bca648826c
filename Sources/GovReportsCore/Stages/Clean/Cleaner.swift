import Foundation

/// Turns raw page or text bytes into body text with chrome removed, capturing title and dates first.
public struct Cleaner: Sendable {
    /// The user's extra rules.
    public let config: CleanConfig
    /// Element rules and content selection, compiled from the bundled table.
    let analyzer: PageAnalyzer
    /// Line rules shared by HTML and text inputs.
    let lineFilter: ChromeLineFilter
    /// Title, date and 来源 patterns.
    let metadata: PageMetadataExtractor
    /// Trailing blocks and short lines between chrome at the text's edges.
    let edges: EdgeTrimmer
    /// The disclosure header table at the body's head.
    let headerTable: HeaderTable

    /// How many leading lines of a text input may hold 来源/发布时间 fields.
    static let textMetaLines = 30
    /// How many leading lines of a text input may hold a date-only line taken as the publication date.
    static let textBareDateLines = 10

    /// Compiles the bundled chrome table plus the user's extra rules, once per run.
    public init(config: CleanConfig) throws {
        try self.init(config: config, table: try ChromeTable.bundled())
    }

    /// Compiles a given chrome table plus the user's extra rules (tests vary the table).
    init(config: CleanConfig, table: ChromeTable) throws {
        self.config = config
        for name in config.contentContainers where NameKey(name) == nil || name.isEmpty
            || name.unicodeScalars.contains(where: { !$0.isASCII || $0 == " " || $0 == "\t" }) {
            throw CleanSetupError.badContainerName(name)
        }
        analyzer = PageAnalyzer(table: table, userContainers: config.contentContainers)
        lineFilter = try ChromeLineFilter(specs: table.lineRules, userPatterns: config.chromeLinePatterns)
        metadata = PageMetadataExtractor()
        let edgeRules = try EdgeRules.bundled()
        edges = EdgeTrimmer(rules: edgeRules)
        headerTable = HeaderTable(rules: edgeRules)
        _ = HTMLDocument.parserReady
    }

    /// Refuses a document of `byteCount` bytes when it is over `clean.maxInputBytes`, before anything is read.
    public func admit(byteCount: Int, record: FetchRecord) throws(CleanError) {
        if byteCount > config.maxInputBytes {
            throw .tooLarge(docID: record.docID, source: record.source, bytes: byteCount, limit: config.maxInputBytes)
        }
    }

    /// Cleans one document; `record` supplies the doc id, source and the transport's charset hint, and
    /// `utf8Multibyte` (when the bytes are known well-formed UTF-8) their count of multi-byte sequences.
    public func clean(_ bytes: [UInt8], record: FetchRecord, utf8Multibyte: Int? = nil) throws(CleanError) -> CleanedDocument {
        try clean(bytes, record: record, deadline: DocumentDeadline(seconds: config.maxSecondsPerDocument),
                  utf8Multibyte: utf8Multibyte)
    }

    /// Cleans one document within `deadline` (tests pass one with their own clock).
    func clean(_ bytes: [UInt8], record: FetchRecord, deadline: DocumentDeadline,
               utf8Multibyte: Int? = nil) throws(CleanError) -> CleanedDocument {
        let docID = record.docID
        let source = record.source
        let timedOut = CleanError.timedOut(docID: docID, source: source, seconds: deadline.seconds)
        try admit(byteCount: bytes.count, record: record)
        var diagnostics: [Diagnostic] = []
        if !bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0) }) {
            throw .empty(docID: docID, source: source)
        }
        // UTF-16/UTF-32 text is full of NUL bytes: with its byte-order mark it is text, neither binary nor NUL-stripped.
        let wideBOM = bytes.withUnsafeBufferPointer { WideBOM.detect($0) }
        if wideBOM == nil, let attachment = AttachmentFormat.detect(bytes, source: source) {
            return try cleanAttachment(bytes, format: attachment, record: record, deadline: deadline)
        }
        if wideBOM == nil, let format = bytes.withUnsafeBufferPointer({ BinarySniffer.detect($0) }) {
            throw .binary(docID: docID, source: source, detected: format)
        }
        var input = bytes
        // memchr first: almost every page has no NUL, and counting byte by byte was a pass over every page.
        let hasNUL = wideBOM == nil && input.withUnsafeBytes { $0.isEmpty ? false : memchr($0.baseAddress!, 0, $0.count) != nil }
        let nulCount = hasNUL ? input.reduce(0) { $0 + ($1 == 0 ? 1 : 0) } : 0
        if nulCount > 0 {
            input.removeAll { $0 == 0 }
            diagnostics.append(Diagnostic(.nulBytesRemoved, stage: .clean, "removed \(nulCount) NUL byte(s) from the text"))
        }
        let decision = input.withUnsafeBufferPointer { CharsetDetector.detect($0, hint: record.charsetHint, knownMultibyte: utf8Multibyte) }
        let decoded: DecodedText
        if decision.charset == .utf8 && decision.invalidUTF8 == 0 && decision.bomLength == 0 {
            // Already clean UTF-8: hand the caller's bytes to the parser without a copy.
            decoded = DecodedText(utf8: input, replacements: 0)
        } else {
            decoded = input.withUnsafeBufferPointer { all in
                TextDecoder.decode(UnsafeBufferPointer(rebasing: all[decision.bomLength...]), charset: decision.charset,
                                   knownInvalid: decision.charset == .utf8 ? decision.invalidUTF8 : nil)
            }
        }
        diagnostics += decision.diagnostics
        if decoded.replacements > 0 {
            diagnostics.append(Diagnostic(.bytesReplaced, stage: .clean,
                                          "replaced \(decoded.replacements) invalid byte(s) with U+FFFD while decoding \(decision.charset.rawValue)"))
        }
        let isHTML = HTMLSniffer.isHTML(source: source, utf8: decoded.utf8)

        var bodyLines: [String]
        var removed: [RemovedLine]
        var metaLines: [String]
        var page: PageMetadata
        var tables: [TableGrid] = []
        var outside = OutsideBody.none
        if isHTML {
            var markup = decoded.utf8
            if let bounded = MarkupBounder.bound(markup) {
                markup = bounded.utf8
                diagnostics.append(Diagnostic(.markupBounded, stage: .clean, bounded.report.warning))
            }
            if deadline.isPast() { throw timedOut }
            var parsed = analyzer.analyze(utf8: markup, deadline: deadline)
            if let inlined = Cleaner.srcdocMarkup(markup, bodyLines: parsed?.analysis.bodyLines ?? []) {
                markup = inlined
                parsed = analyzer.analyze(utf8: markup, deadline: deadline)
                diagnostics.append(Diagnostic(.bodyFromSrcdoc, stage: .clean, severity: .info,
                                              "the page's own body was thin; the body was read from its <iframe srcdoc> document"))
            } else if let state = Cleaner.scriptStateMarkup(markup, bodyLines: parsed?.analysis.bodyLines ?? []) {
                markup = state
                parsed = analyzer.analyze(utf8: markup, deadline: deadline)
                diagnostics.append(Diagnostic(.bodyFromScriptState, stage: .clean, severity: .info,
                                              "the page's own body was thin; the body was read from an HTML string in an inline script's JSON state"))
            }
            if deadline.isPast() { throw timedOut }
            guard let (analysis, haltReason) = parsed else {
                throw .noContent(docID: docID, source: source)
            }
            if let reason = haltReason {
                guard analysis.bodyLines.contains(where: TextScan.hasWordContent) else {
                    throw .parserHalted(docID: docID, source: source, reason: reason)
                }
                diagnostics.append(Diagnostic(.parserStopped, stage: .clean,
                                              "the HTML parser stopped early (libxml2: \(reason)); text after that point is lost"))
            }
            if let suspect = analysis.bodySuspect {
                diagnostics.append(Diagnostic(.bodySuspect, stage: .clean, suspect))
            } else if analysis.contentBasis == .density {
                diagnostics.append(Diagnostic(.contentByDensity, stage: .clean, severity: .info,
                                              "no known content container; main text chosen by text density"))
            }
            bodyLines = analysis.bodyLines
            removed = analysis.removed
            metaLines = analysis.metaLines
            var header: [String: String] = [:]
            var keptMask: [Bool] = []
            var spared: [String] = []
            let kept = filter(bodyLines, removed: &removed, metaLines: &metaLines, header: &header, kept: &keptMask,
                              spared: &spared)
            if let note = Cleaner.sparedDiagnostic(spared) { diagnostics.append(note) }
            if let note = AttachmentCounter.keptDiagnostic(kept) { diagnostics.append(note) }
            tables = Cleaner.surviving(analysis.tables, rowLines: analysis.tableRowLines, kept: keptMask, lines: bodyLines)
            outside = analysis.outside.placed(amongKept: keptMask)
            if analysis.tablesFlattened > 0 {
                diagnostics.append(Diagnostic(.tableFlattened, stage: .clean,
                                              "\(analysis.tablesFlattened) body table(s) too large to keep as grids (over \(TableGridBuilder.maxSlots) cells); their text is kept as lines"))
            }
            let beforeBody = PageClock.withoutClockLines(metaLines, headlines: analysis.titleCandidates)
            page = metadata.extract(metaTags: analysis.metaTags, htmlTitle: analysis.htmlTitle,
                                    titleCandidates: analysis.titleCandidates, lines: metaLines,
                                    bareDateLines: Cleaner.bareDateOrder(before: beforeBody, body: kept))
            if page.articleTitle == nil, let headline = layoutTitle(metaLines, siteName: page.siteName),
               page.htmlTitle == nil || Cleaner.layoutTitle(headline, beatsColumn: page.htmlTitle!) {
                page.articleTitle = headline
                diagnostics.append(Diagnostic(.titleFromLayout, stage: .clean, severity: .info,
                                              "no headline or meta title, and no <title> beyond a channel name, named the article; title taken from the line above the date line"))
            }
            if page.articleTitle == nil, let headline = analysis.subheadTitle.flatMap({ subheadTitle($0, page: page) }) {
                page.articleTitle = headline
                diagnostics.append(Diagnostic(.titleFromLayout, stage: .clean, severity: .info,
                                              "no <h1>, title-like element or meta title named the article; title taken from the unmarked headline (an <h2>, or a box whose class abbreviates title) that heads the body"))
            }
            page.sectionLead = analysis.leadSectionHeading
            if let disagreement = Cleaner.titleDisagreement(page) { diagnostics.append(disagreement) }
            if page.published == nil { page.published = metadata.labeledDateAfterBody(analysis.outside) }
            // A meta bar of spans glued into one line with a written date (`某县司法局2024年1月29日阅读 1.2万`), nearest
            // the content first: read above the body only, after a labelled date below it.
            if page.published == nil,
               let glued = beforeBody.reversed().lazy.compactMap(PageMetadataExtractor.gluedLeadWrittenDate).first {
                page.published = glued.date
                if page.sourceLabel == nil { page.sourceLabel = glued.lead }
            }
            if header.isEmpty { header = headerTable.collect(metaLines) }
            metadata.apply(header: header, to: &page)
            if page.published == nil, let date = TimeElementDate.date(in: decoded.utf8) {
                page.published = date
                diagnostics.append(Diagnostic(.publishedFromTimeElement, stage: .clean, severity: .info,
                                              "no visible date; published \(date) read from the page's <time datetime>"))
            }
            if page.published == nil {
                for address in PageAddress.candidates(record: record, metaTags: analysis.metaTags, markup: decoded.utf8) {
                    guard let date = URLDate.date(in: address) else { continue }
                    page.published = date
                    diagnostics.append(Diagnostic(.publishedFromURL, stage: .clean, severity: .info,
                                                  "no visible or meta date; published \(date) read from the address \(address)"))
                    break
                }
            }
            if let embedded = Cleaner.embeddedBodyDiagnostic(kept: kept, markup: decoded.utf8) { diagnostics.append(embedded) }
            bodyLines = kept
        } else {
            let text = String(decoding: decoded.utf8, as: UTF8.self)
            let all = TextScan.lines(text)
            let written = all.filter { $0.unicodeScalars.contains { !TextScan.isBlank($0) } }
            let lines = written.map { TextScan.trimmed($0) }
            removed = []
            metaLines = []
            var header: [String: String] = [:]
            if deadline.isPast() { throw timedOut }
            var keptMask: [Bool] = []
            var spared: [String] = []
            bodyLines = filter(lines, removed: &removed, metaLines: &metaLines, header: &header, kept: &keptMask,
                               spared: &spared, paged: true)
            if let note = Cleaner.sparedDiagnostic(spared) { diagnostics.append(note) }
            if let note = AttachmentCounter.keptDiagnostic(bodyLines) { diagnostics.append(note) }
            MarkdownMarks.unmarkHead(&bodyLines, limit: Cleaner.textBareDateLines)
            // Tables are read from the kept lines as written: blanks at a line's ends can be empty cells.
            tables = TextTableFinder.grids(zip(written, keptMask).compactMap { $1 ? $0 : nil })
            // A PDF's hard-wrapped lines become paragraphs again, so a value split by the wrap is read whole.
            Cleaner.joinWraps(&bodyLines, written: written, kept: keptMask, blankAfter: HardWrapJoiner.blankAfter(all),
                              removed: &removed, diagnostics: &diagnostics)
            // A markdown export's `# 标题` and `**某市统计局**`: the head is read without the marks.
            var headLines = Array(lines.prefix(Cleaner.textMetaLines))
            MarkdownMarks.unmarkHead(&headLines, limit: Cleaner.textBareDateLines)
            page = metadata.extract(metaTags: [:], htmlTitle: nil, titleCandidates: [],
                                    lines: headLines,
                                    bareDateLines: TextHead.dateLines(headLines, limit: Cleaner.textBareDateLines))
            metadata.apply(header: header, to: &page)
            // A headline copied with the page's info line (`标题　　发布时间：…　来源：…`) went with that line's fields.
            if page.articleTitle == nil, let title = FieldLineTitle.title(removedAboveBody: removed) {
                page.articleTitle = title
                diagnostics.append(Diagnostic(.titleFromFieldLine, stage: .clean, severity: .info,
                                              "title read from the front of the info line above the body: \u{201C}\(title)\u{201D}"))
            }
        }
        if deadline.isPast() { throw timedOut }
        guard bodyLines.contains(where: TextScan.hasWordContent) else {
            // A frameset or a lone `<iframe src>`: say where the body is rather than only that there is none.
            let sources = isHTML ? EmbeddedDocumentScanner.sources(in: decoded.utf8) : []
            if !sources.isEmpty { throw .bodyEmbedded(docID: docID, source: source, sources: sources) }
            throw .noContent(docID: docID, source: source)
        }
        return CleanedDocument(docID: docID, source: source, sha256: record.sha256, encoding: decision.charset.rawValue,
                               isHTML: isHTML, page: page, text: bodyLines.joined(separator: "\n"),
                               removed: removed, diagnostics: diagnostics, tables: tables, outside: outside)
    }

    /// Date-only lines of a page in the order they are trusted as its date: nearest the content first
    /// (a header may show today's date further up), then the top of the body.
    static func bareDateOrder(before: [String], body: [String]) -> [String] {
        before.reversed() + body.prefix(3)
    }

    /// Applies the line rules: returns the body lines kept, records the removed ones and offers them to metadata.
    func filter(_ lines: [String], removed: inout [RemovedLine], metaLines: inout [String]) -> [String] {
        var header: [String: String] = [:]
        var kept: [Bool] = []
        return filter(lines, removed: &removed, metaLines: &metaLines, header: &header, kept: &kept)
    }

    /// `filter` that also reads a disclosure header table at the body's head into `header` (field → value).
    /// `keptMask` gets, for each of `lines`, whether it was kept.
    func filter(_ lines: [String], removed: inout [RemovedLine], metaLines: inout [String],
                header: inout [String: String], kept keptMask: inout [Bool]) -> [String] {
        var spared: [String] = []
        return filter(lines, removed: &removed, metaLines: &metaLines, header: &header, kept: &keptMask, spared: &spared)
    }

    /// `filter` that also gives the lines a chrome rule matched but that were kept as list items of the body.
    func filter(_ lines: [String], removed: inout [RemovedLine], metaLines: inout [String],
                header: inout [String: String], kept keptMask: inout [Bool], spared sparedListItems: inout [String],
                paged: Bool = false) -> [String] {
        var spared: [String] = []
        var marks = lines.map { line -> String? in
            let verdict = lineFilter.verdict(for: line)
            if verdict.sparedListItem { spared.append(line) }
            return verdict.rule
        }
        sparedListItems += spared
        header = headerTable.mark(lines, rules: &marks)
        edges.mark(lines, rules: &marks)
        // A text extracted from a PDF keeps its page numbers and running headers as lines.
        if paged { TextPageFurniture.mark(lines, rules: &marks) }
        keptMask = marks.map { $0 == nil }
        var kept: [String] = []
        kept.reserveCapacity(lines.count)
        // Lines removed earlier (by element) give their place among `lines`; it becomes a place among the kept lines.
        var keptBefore: [Int] = []
        let earlier = removed.count
        if earlier > 0 { keptBefore.reserveCapacity(lines.count + 1) }
        for (line, mark) in zip(lines, marks) {
            if earlier > 0 { keptBefore.append(kept.count) }
            if let rule = mark {
                removed.append(RemovedLine(line: line, rule: rule, beforeLine: kept.count))
                metaLines.append(line)
            } else if let cut = AttachmentCounter.cut(line) {
                // The site's download tally after an attached file's name: the name stays, the tally is recorded.
                kept.append(cut.kept)
                removed.append(RemovedLine(line: cut.counter, rule: AttachmentCounter.rule, beforeLine: kept.count))
            } else {
                kept.append(line)
            }
        }
        if earlier > 0 {
            keptBefore.append(kept.count)
            for i in 0..<earlier {
                if let at = removed[i].beforeLine { removed[i].beforeLine = keptBefore[min(at, keptBefore.count - 1)] }
            }
        }
        return kept
    }
}
