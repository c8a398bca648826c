import CLibXML2

/// Walks a parsed page twice: first measuring text per element and judging chrome, then linearizing
/// the chosen main content (and the lines before it, for metadata) into paragraphs.
struct PageAnalyzer: Sendable {
    /// Tag kinds by lower-cased tag name (unknown tags are inline).
    let tagKinds: [String: TagKind]
    /// `id`/`class` parts that mark chrome.
    let chromeParts: Set<String>
    /// Substrings of a lower-cased `id`/`class` value that mark chrome.
    let chromeSubstrings: [String]
    /// Lower-cased content-container names with their rank: 0 for the user's, 1 for the bundled ones.
    let containerRanks: [String: Int]
    /// Substrings of a lower-cased `id`/`class` value that mark a title element.
    let titleSubstrings: [String]

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
        chromeParts = Set(table.chromeNameParts.map { $0.lowercased() })
        chromeSubstrings = table.chromeNameSubstrings.map { $0.lowercased() }
        var ranks: [String: Int] = [:]
        for name in table.contentContainers { ranks[name.lowercased()] = 1 }
        for name in userContainers { ranks[name.lowercased()] = 0 }
        containerRanks = ranks
        titleSubstrings = table.titleNameSubstrings.map { $0.lowercased() }
    }

    /// Measures, selects and linearizes one page.
    func analyze(_ document: HTMLDocument) -> PageAnalysis {
        var result = PageAnalysis()
        guard let root = document.root else { return result }
        var walk = PageWalk(analyzer: self)
        walk.measure(root)
        let roots = walk.chooseContent(basis: &result.contentBasis)
        for index in roots { walk.stats[index].isContentRoot = true }
        walk.linearize(root, rootCount: roots.count, into: &result)
        result.metaTags = walk.metaTags
        result.htmlTitle = walk.titleNode.map { PageWalk.firstLine(of: $0, kinds: walk) }.flatMap { $0.isEmpty ? nil : $0 }
        result.titleCandidates = walk.titleNodes.map { PageWalk.firstLine(of: $0, kinds: walk) }.filter { !$0.isEmpty }
        return result
    }

    /// Why an element's `id`/`class` value marks it as chrome (`class:share`), or nil.
    func chromeReason(attribute: String, value: String) -> String? {
        let lower = value.lowercased()
        for needle in chromeSubstrings where lower.contains(needle) {
            return "\(attribute):\(needle)"
        }
        var part: [UInt8] = []
        var found: String?
        func check() {
            if found == nil, !part.isEmpty {
                let word = String(decoding: part, as: UTF8.self)
                if chromeParts.contains(word) { found = "\(attribute):\(word)" }
            }
            part.removeAll(keepingCapacity: true)
        }
        for byte in lower.utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                part.append(byte)
            } else {
                check()
            }
        }
        check()
        return found
    }

    /// The best container rank of an `id` or `class` value (tokens compared case-insensitively), or nil.
    func containerRank(attribute: String, value: String) -> Int? {
        let lower = value.lowercased()
        if attribute == "id" { return containerRanks[lower] }
        var best: Int?
        for token in lower.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            if let rank = containerRanks[String(token)] { best = min(best ?? rank, rank) }
        }
        return best
    }

    /// Whether an `id`/`class` value names a title element.
    func isTitleName(_ value: String) -> Bool {
        let lower = value.lowercased()
        return titleSubstrings.contains { lower.contains($0) }
    }
}
