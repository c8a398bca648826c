import CLibXML2

/// Walks a parsed page twice: first measuring text per element and judging chrome, then linearizing
/// the chosen main content (and the lines before it, for metadata) into paragraphs.
struct PageAnalyzer: Sendable {
    /// Tag kinds by lower-cased tag name (unknown tags are inline).
    let tagKinds: [String: TagKind]
    /// `id`/`class` parts that mark chrome.
    let chromeParts: Set<NameKey>
    /// Substrings of a lower-cased `id`/`class` value that mark chrome (UTF-8).
    let chromeSubstrings: [[UInt8]]
    /// Lower-cased content-container names with their rank: 0 for the user's, 1 for the bundled ones.
    let containerRanks: [NameKey: Int]
    /// Substrings of a lower-cased `id`/`class` value that mark a title element (UTF-8).
    let titleSubstrings: [[UInt8]]
    /// `id`/`class` parts of a headline slot (`ChromeTable.headlineSlotNameParts`).
    let headlineSlotParts: Set<NameKey>
    /// Substrings of a lower-cased, space-free `style` value that hide an element (UTF-8).
    let hiddenStyles: [[UInt8]]
    /// Whether script and style are dropped elements, so their bodies need not reach libxml2 (`ParserInputTrimmer`).
    let dropsRawText: Bool

    /// Builds the lookup tables from the bundled table and the user's container names.
    init(table: ChromeTable, userContainers: [String]) {
        var kinds: [String: TagKind] = [:]
        for name in ["p", "div", "section", "main", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead",
                     "tfoot", "tr", "caption", "h2", "h3", "h4", "h5", "h6", "blockquote", "center", "address",
                     "figure", "figcaption", "fieldset", "legend", "details", "summary", "html", "dir", "hr",
                     "noframes", "marquee"] {
            kinds[name] = .block
        }
        kinds["td"] = .cell
        kinds["th"] = .cell
        kinds["br"] = .lineBreak
        kinds["a"] = .link
        kinds["h1"] = .heading1
        kinds["pre"] = .pre
        kinds["head"] = .head
        kinds["title"] = .title
        kinds["meta"] = .meta
        kinds["body"] = .body
        kinds["article"] = .article
        for name in table.chromeTags { kinds[name.lowercased()] = .chromeBlock }
        for name in table.dropTags { kinds[name.lowercased()] = .drop }
        tagKinds = kinds
        dropsRawText = kinds["script"] == .drop && kinds["style"] == .drop
        chromeParts = Set(table.chromeNameParts.compactMap { NameKey($0) })
        chromeSubstrings = table.chromeNameSubstrings.map { Array($0.lowercased().utf8) }
        var ranks: [NameKey: Int] = [:]
        for name in table.contentContainers { if let key = NameKey(name) { ranks[key] = 1 } }
        for name in userContainers { if let key = NameKey(name) { ranks[key] = 0 } }
        containerRanks = ranks
        titleSubstrings = table.titleNameSubstrings.map { Array($0.lowercased().utf8) }
        headlineSlotParts = Set(table.headlineSlotNameParts.compactMap { NameKey($0) })
        hiddenStyles = table.hiddenStyleSubstrings.map { Array($0.lowercased().utf8) }
    }

    /// Parses, measures, selects and linearizes one page of well-formed UTF-8; nil when libxml2 cannot take it.
    /// The second value is libxml2's reason when it stopped before the end of the page.
    /// A `deadline` stops the parse once past; the caller checks `deadline.expired`.
    func analyze(utf8: [UInt8], options: Int32 = HTMLDocument.options,
                 deadline: DocumentDeadline? = nil) -> (analysis: PageAnalysis, haltReason: String?)? {
        // libxml2 is given the page without what the walk would discard (output unchanged; it parses ~25% less).
        let input = ParserInputTrimmer.trim(utf8, rawBodies: dropsRawText) ?? utf8
        guard case (var chosen, let haltReason)? = PageParser.parse(input, analyzer: self, options: options,
                                                                    deadline: deadline) else { return nil }
        var result = PageAnalysis()
        guard !chosen.stats.isEmpty else { return (result, haltReason) }
        var roots = chosen.chooseContent(basis: &result.contentBasis, suspect: &result.bodySuspect)
        let boxes = chosen.attachmentBoxes(after: roots)
        chosen.attachmentRoots = Set(boxes)
        roots += boxes
        result.pageSentenceWeight = chosen.pageSentenceWeight
        result.bodySentenceWeight = chosen.held(roots).sentences
        for index in roots { chosen.stats[index].isContentRoot = true }
        let tables = chosen.dataTables(roots: roots, flattened: &result.tablesFlattened)
        chosen.linearize(0, rootCount: roots.count, dropLinkLines: !result.contentBasis.isContainer, tables: tables,
                         into: &result)
        result.metaTags = chosen.metaTags
        result.htmlTitle = chosen.titleNode.map { chosen.firstLine(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        result.titleCandidates = chosen.headlineCandidates()
        if result.titleCandidates.isEmpty { result.subheadTitle = chosen.subheadHeadline() }
        result.leadSectionHeading = chosen.leadSectionHeading()
        return (result, haltReason)
    }

    /// Classifies a lower-cased `id` or `class` value: chrome reason, best container rank, title-like, and whether a
    /// part of it names a headline slot.
    func classify(_ value: UnsafeBufferPointer<UInt8>, isID: Bool)
        -> (chrome: String?, container: Int?, title: Bool, slot: Bool) {
        let attribute = isID ? "id" : "class"
        var chrome: String?
        for needle in chromeSubstrings where ByteSearch.contains(needle, in: value) {
            chrome = attribute + ":" + String(decoding: needle, as: UTF8.self)
            break
        }
        var container: Int?
        var slot = false
        var start = 0
        var tokenStart = 0
        let n = value.count
        // Parts split on anything but [a-z0-9]; class tokens split on whitespace (ids are one token).
        for i in 0...n {
            let b: UInt8 = i < n ? value[i] : 0x20
            let alnum = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            if !alnum {
                if i > start, let key = NameKey(value, start..<i) {
                    if chrome == nil, chromeParts.contains(key) {
                        chrome = attribute + ":" + String(decoding: UnsafeBufferPointer(rebasing: value[start..<i]), as: UTF8.self)
                    }
                    if headlineSlotParts.contains(key) { slot = true }
                }
                start = i + 1
            }
            let separator = i == n || (!isID && (b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D))
            if separator {
                if i > tokenStart, let key = NameKey(value, tokenStart..<i), let rank = containerRanks[key] {
                    container = min(container ?? rank, rank)
                }
                tokenStart = i + 1
            }
        }
        let title = titleSubstrings.contains { ByteSearch.contains($0, in: value) }
        return (chrome, container, title, slot)
    }
}
