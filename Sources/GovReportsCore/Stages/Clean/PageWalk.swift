import CLibXML2

/// Per-document state of a `PageAnalyzer` pass: element stats measured while the SAX parser reports the page
/// (`PageParser`), the page as a flat event list, candidates found on the way, and the linearization that follows.
struct PageWalk {
    /// The analyzer's tables.
    let analyzer: PageAnalyzer
    /// Stats of every measured element, in document order (an element's index is its position here).
    var stats: [NodeStats] = []
    /// The page in document order: element starts and ends, and text runs.
    var events: [PageEvent] = []
    /// UTF-8 of every text run, back to back; `PageEvent.text` holds ranges into it.
    var text: [UInt8] = []
    /// Chrome reasons referenced by `NodeStats.chromeReason`.
    var reasons: [String] = []
    /// `<meta>` values by lower-cased key.
    var metaTags: [String: String] = [:]
    /// The first `<title>` element.
    var titleNode: Int?
    /// `<h1>` and title-like elements outside `<head>`, in document order.
    var titleNodes: [Int] = []
    /// `<h2>` elements and headline slots by class (`tit`, `bt`) outside `<head>`, in document order: a headline
    /// where a page marks none (`subheadHeadline`).
    var subheadNodes: [Int] = []
    /// `<h2>`–`<h6>` elements outside `<head>` with their level, in document order: several of one level inside the
    /// body are its section headings (`leadSectionHeading`).
    var sectionHeadingNodes: [(index: Int, level: UInt8)] = []
    /// Known content containers found, with their rank.
    var containers: [(index: Int, rank: Int, name: String)] = []
    /// Best element by text density, for pages without a known container.
    var densityBest: (index: Int, score: Double)?
    /// Reusable buffer for attribute values.
    var scratch: [UInt8] = []
    /// Open `<head>` elements while measuring.
    var headDepth = 0
    /// Open `<a>` elements while measuring.
    var linkDepth = 0
    /// Every `<table>` element, in document order.
    var tableNodes: [Int] = []
    /// `rowspan`/`colspan` of the cells that span more than one slot, by element index.
    var cellSpans: [Int: CellSpan] = [:]
    /// Roots that are attachment boxes (`attachmentBoxes`): their link lines are the attachments, never dropped.
    var attachmentRoots: Set<Int> = []

    /// How many times content selection may step into a tighter nested container.
    static let maxTightening = 32
    /// How many `<h1>` and title-like elements are kept as headline candidates (a mega-menu may hold a hundred
    /// "title" items before the article's headline; the cap keeps hostile pages linear).
    static let maxTitleNodes = 256
    /// Largest share of link text in a headline candidate (a headline is not a link to another page).
    static let maxHeadlineLinkDensity = 0.5
    /// Heaviest element (text weight) still read as a headline candidate.
    static let maxHeadlineWeight: Int32 = 160
    /// Latin letters and digits that weigh as much as one Chinese character in text weight (words are longer).
    static let alnumPerCJK: Int32 = 4
    /// Link-only lines up to this many characters are dropped from a block chosen by density (navigation).
    static let maxDroppedLinkLine = 30

    /// Starts a walk with the analyzer's tables.
    init(analyzer: PageAnalyzer) {
        self.analyzer = analyzer
        stats.reserveCapacity(2048)
        events.reserveCapacity(8192)
        text.reserveCapacity(1 << 16)
    }

    /// Whether a NUL-terminated libxml2 name equals an ASCII literal.
    @inline(__always)
    static func nameIs(_ name: UnsafePointer<xmlChar>?, _ literal: StaticString) -> Bool {
        guard let name else { return false }
        let lit = literal.utf8Start
        var i = 0
        while i < literal.utf8CodeUnitCount {
            if (name[i] | 0x20) != lit[i] { return false }
            i += 1
        }
        return name[i] == 0
    }

    /// Text weight (CJK characters + ASCII alphanumerics / 4) and sentence ends of UTF-8 bytes.
    @inline(__always)
    static func measure(_ p: UnsafeBufferPointer<UInt8>) -> (weight: Int32, periods: Int32) {
        var cjk: Int32 = 0
        var alnum: Int32 = 0
        var periods: Int32 = 0
        var i = 0
        let n = p.count
        // Text runs are whole UTF-8 characters, so a three-byte lead's continuation bytes (which match nothing
        // below) are stepped over rather than tested.
        while i < n {
            let b = p[i]
            if b >= 0xE4 && b <= 0xE9 {
                cjk += 1
                i += 3
                continue
            } else if b == 0xE3 {
                if i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x82 { periods += 1 } // 。
            } else if b == 0xEF {
                if i + 2 < n && p[i + 1] == 0xBC && (p[i + 2] == 0x81 || p[i + 2] == 0x9F) { periods += 1 } // ！？
            } else if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
                alnum += 1
            }
            i += 1
        }
        return (cjk + (alnum + Self.alnumPerCJK - 1) / Self.alnumPerCJK, periods)
    }

    // Measuring happens as the parser reports the page: an element's stats are complete when it closes, and the
    // parent it adds them to is still open. This is the bottom-up pass over a tree, without building the tree.

    /// An element of `kind` opens inside element `parent` (-1 at the root) with SAX-style attributes
    /// (`[name, value, name, value, …, nil]`); returns its index.
    mutating func open(kind: TagKind, name: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                       parent: Int) -> Int {
        let index = stats.count
        var entry = NodeStats()
        entry.kind = kind
        entry.parent = Int32(parent)
        entry.startEvent = Int32(events.count)
        switch kind {
        case .head: headDepth += 1
        case .link: linkDepth += 1
        case .meta: readMeta(attributes)
        case .title: if titleNode == nil { titleNode = index }
        case .heading1: if headDepth == 0 && titleNodes.count < PageWalk.maxTitleNodes { titleNodes.append(index) }
        case .article: containers.append((index, 1, "article"))
        case .chromeBlock: entry.chromeReason = reason("tag:" + String(cString: name))
        default: break
        }
        if headDepth == 0 { inspectAttributes(attributes, index: index, entry: &entry) }
        if headDepth == 0 && kind == .block && PageWalk.isH2(name) && subheadNodes.last != index
            && subheadNodes.count < PageWalk.maxTitleNodes {
            subheadNodes.append(index)
        }
        if headDepth == 0 && kind == .block && sectionHeadingNodes.count < PageWalk.maxTitleNodes,
           let level = PageWalk.headingLevel(name) {
            sectionHeadingNodes.append((index, level))
        }
        noteTableRole(name: name, attributes: attributes, index: index, entry: &entry)
        stats.append(entry)
        events.append(.start(Int32(index)))
        return index
    }

    /// A text run (a byte range of `text`) inside open element `parent` ends.
    mutating func addText(_ range: Range<Int>, parent: Int) {
        events.append(.text(Int32(range.lowerBound), Int32(range.upperBound)))
        guard headDepth == 0 else { return }
        let m = text.withUnsafeBufferPointer { PageWalk.measure(UnsafeBufferPointer(rebasing: $0[range])) }
        stats[parent].weight += m.weight
        stats[parent].periods += m.periods
        if linkDepth > 0 { stats[parent].linkWeight += m.weight } else if m.periods > 0 { stats[parent].sentenceWeight += m.weight }
    }

    /// Element `index` closes: judges chrome and adds its measures to its parent.
    mutating func close(_ index: Int) {
        stats[index].lastDescendant = Int32(stats.count - 1)
        stats[index].endEvent = Int32(events.count)
        events.append(.end(Int32(index)))
        var entry = stats[index]
        switch entry.kind {
        case .head: headDepth -= 1
        case .link: linkDepth -= 1
        default: break
        }
        if entry.chromeReason >= 0 {
            // Chrome by name or tag, unless it holds real prose (a whole page wrapped in <form>, a "top" div holding the article).
            let prose = entry.periods >= 1 && entry.nonLink >= 20 && entry.linkDensity < 0.5
            entry.isChrome = !prose || isVisitorBox(index)
            stats[index].isChrome = entry.isChrome
        }
        guard !entry.isChrome else { return }
        if entry.parent >= 0 {
            let p = Int(entry.parent)
            stats[p].weight += entry.weight
            stats[p].linkWeight += entry.linkWeight
            stats[p].periods += entry.periods
            stats[p].sentenceWeight += entry.sentenceWeight
        }
        if headDepth == 0 && entry.kind.isContainerLike && entry.weight > 0 {
            let score = Double(entry.nonLink) * (1 - entry.linkDensity)
            if score > (densityBest?.score ?? 0) { densityBest = (index, score) }
        }
    }

    /// Visits element `root`'s part of the event list in order: `enter` for element starts and text runs, `exit`
    /// for element ends (also of elements whose children `enter` skipped).
    @inline(__always)
    func walk(_ root: Int, enter: (PageEvent) -> WalkStep, exit: (Int) -> Void) {
        var e = Int(stats[root].startEvent)
        let last = Int(stats[root].endEvent)
        while e <= last {
            let event = events[e]
            switch event {
            case .start(let i):
                switch enter(event) {
                case .stop: return
                case .descend: e += 1
                case .skip:
                    exit(Int(i))
                    e = Int(stats[Int(i)].endEvent) + 1
                }
            case .text:
                if case .stop = enter(event) { return }
                e += 1
            case .end(let i):
                exit(Int(i))
                e += 1
            }
        }
    }

    /// Interns a chrome reason string.
    mutating func reason(_ text: String) -> Int32 {
        if let found = reasons.firstIndex(of: text) { return Int32(found) }
        reasons.append(text)
        return Int32(reasons.count - 1)
    }

    /// Records a `<meta>` element's key and content.
    mutating func readMeta(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let attributes else { return }
        var key: String?
        var content: String?
        var i = 0
        while let name = attributes[i] {
            let value = attributes[i + 1].map { String(cString: $0) } ?? ""
            if PageWalk.nameIs(name, "name") || PageWalk.nameIs(name, "property")
                || PageWalk.nameIs(name, "http-equiv") || PageWalk.nameIs(name, "itemprop") {
                key = value.lowercased()
            } else if PageWalk.nameIs(name, "content") {
                content = value
            }
            i += 2
        }
        if let key, let content, metaTags[key] == nil { metaTags[key] = content }
    }

    /// Checks `id` and `class` for container, chrome and title names.
    mutating func inspectAttributes(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, index: Int,
                                    entry: inout NodeStats) {
        guard let attributes else { return }
        var isContainer = false
        var chrome: String?
        var titleLike = false
        var slotLike = false
        var i = 0
        while let name = attributes[i] {
            let value = attributes[i + 1]
            i += 2
            let isID = PageWalk.nameIs(name, "id")
            if PageWalk.nameIs(name, "style") {
                PageWalk.lowercased(value, into: &scratch)
                scratch.removeAll { $0 == 0x20 || $0 == 0x09 }
                if chrome == nil, scratch.withUnsafeBufferPointer({ buffer in
                    analyzer.hiddenStyles.contains { ByteSearch.contains($0, in: buffer) }
                }) {
                    chrome = "hidden"
                }
            } else if PageWalk.nameIs(name, "hidden") {
                if chrome == nil { chrome = "hidden" }
            } else if isID || PageWalk.nameIs(name, "class") {
                PageWalk.lowercased(value, into: &scratch)
                if !scratch.isEmpty {
                    let found = scratch.withUnsafeBufferPointer { analyzer.classify($0, isID: isID) }
                    if let rank = found.container {
                        let label = (isID ? "id:" : "class:") + String(decoding: scratch, as: UTF8.self)
                        containers.append((index, rank, label))
                        isContainer = true
                    }
                    if chrome == nil { chrome = found.chrome }
                    if found.title { titleLike = true }
                    if found.slot { slotLike = true }
                }
            }
        }
        if let chrome, !isContainer { entry.chromeReason = reason(chrome) }
        if titleLike && !isContainer && titleNodes.count < PageWalk.maxTitleNodes && entry.kind != .heading1 {
            titleNodes.append(index)
        } else if slotLike && !titleLike && !isContainer && chrome == nil && subheadNodes.count < PageWalk.maxTitleNodes {
            subheadNodes.append(index)
        }
    }

    /// Copies a NUL-terminated attribute value (nil for a bare attribute) into `buffer`, ASCII lower-cased.
    static func lowercased(_ value: UnsafePointer<xmlChar>?, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        guard let value else { return }
        var i = 0
        while value[i] != 0 {
            let b = value[i]
            buffer.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            i += 1
        }
    }

    /// For every element, whether it or one of its ancestors was judged chrome; one pass, as parents come first.
    func chromeOrInsideChrome() -> [Bool] {
        var inside = [Bool](repeating: false, count: stats.count)
        for i in stats.indices {
            let parent = Int(stats[i].parent)
            inside[i] = stats[i].isChrome || (parent >= 0 && inside[parent])
        }
        return inside
    }

    /// Whether element `inner` lies inside element `outer`: its index falls in `outer`'s subtree range.
    func isDescendant(_ inner: Int, of outer: Int) -> Bool {
        inner > outer && inner <= Int(stats[outer].lastDescendant)
    }

    /// Whether an element beside the content holds body prose: not chrome, real text, few links, a sentence end.
    func isBodySibling(_ i: Int) -> Bool {
        let s = stats[i]
        return !s.isChrome && s.nonLink >= 10 && s.linkDensity < 0.3 && s.periods >= 1
    }

    /// Picks the main-content roots: the user's containers, then known CMS containers, then text density
    /// (before the body check of `chooseContent`).
    func chooseContainer(basis: inout ContentBasis) -> [Int] {
        let chrome = chromeOrInsideChrome()
        var viable = containers.filter { candidate in
            let s = stats[candidate.index]
            return s.nonLink >= 10 && s.linkDensity < 0.5 && !chrome[candidate.index]
        }
        if viable.contains(where: { $0.rank == 0 }) { viable = viable.filter { $0.rank == 0 } }
        if var chosen = viable.max(by: { stats[$0.index].nonLink < stats[$1.index].nonLink }) {
            // A wrapper named "content" often holds the real editor box; take the tightest box with nearly all the text.
            // Real templates nest such boxes a few levels deep; the cap keeps a page of thousands of nested
            // "content" divs linear instead of quadratic.
            var steps = 0
            while steps < PageWalk.maxTightening, let tighter = viable
                .filter({ $0.index != chosen.index && isDescendant($0.index, of: chosen.index)
                        && Double(stats[$0.index].nonLink) >= 0.85 * Double(stats[chosen.index].nonLink) })
                .max(by: { stats[$0.index].nonLink < stats[$1.index].nonLink }) {
                chosen = tighter
                steps += 1
            }
            do {
                basis = .container(chosen.name)
                // A closing paragraph some templates put right after the editor box is still body: take the
                // prose siblings that follow it, up to the first one that is not prose.
                var roots = [chosen.index]
                let parent = stats[chosen.index].parent
                var next = Int(stats[chosen.index].lastDescendant) + 1
                while next < stats.count && stats[next].parent == parent && parent >= 0 {
                    guard isBodySibling(next) else { break }
                    roots.append(next)
                    next = Int(stats[next].lastDescendant) + 1
                }
                return roots
            }
        }
        return densityRoots(basis: &basis)
    }

    /// The densest block and the prose blocks beside it (`basis` becomes `density`), or none.
    func densityRoots(basis: inout ContentBasis) -> [Int] {
        guard let densest = densityBest else { return [] }
        basis = .density
        let best = tightenedDensityBlock(densest.index)
        var roots = [best]
        // Body paragraphs beside the densest block (an article split over sibling divs) belong to it too.
        let parent = stats[best].parent
        if parent >= 0 {
            // The parent's children are the elements of its subtree range that are not inside another child.
            var child = Int(parent) + 1
            let end = Int(stats[Int(parent)].lastDescendant)
            while child <= end {
                if child != best && isBodySibling(child) { roots.append(child) }
                child = Int(stats[child].lastDescendant) + 1
            }
        }
        return roots
    }

    /// Pass 2: turns the lines before the content into metadata lines and the content into body lines.
    /// `tables` are the body's data tables (`dataTables`): each is written as one line per row and kept as a grid.
    func linearize(_ root: Int, rootCount: Int, dropLinkLines: Bool, tables: [Int: BuiltTable] = [:],
                   into result: inout PageAnalysis) {
        var line = LineBuffer()
        var linkDepth = 0
        var contentNode: Int?
        var chromeNode: Int?
        var chromeRule = ""
        var rootsLeft = rootCount
        var done = rootCount == 0
        var preDepth = 0
        // The body line count as each root ended: where text between roots stood (for `outsideBody`).
        var rootEndLines: [Int] = []

        /// Ends the current paragraph and files it as body, removed chrome or metadata line.
        func flush() {
            let allLinks = line.isAllLinks
            guard let text = line.take() else { return }
            if contentNode != nil {
                if chromeNode == nil && dropLinkLines && allLinks && !TextScan.scalarCount(text, exceeds: Self.maxDroppedLinkLine)
                    && !TextScan.endsLikeSentence(text) && !AttachmentName.namesFile(text)
                    && !attachmentRoots.contains(contentNode ?? -1) {
                    // Without a known container the chosen block may carry link lists (navigation, related items).
                    result.removed.append(RemovedLine(line: text, rule: "link-line", beforeLine: result.bodyLines.count))
                    result.metaLines.append(text)
                } else if chromeNode != nil {
                    result.removed.append(RemovedLine(line: text, rule: chromeRule, beforeLine: result.bodyLines.count))
                    result.metaLines.append(text)
                } else {
                    result.bodyLines.append(text)
                }
            } else {
                result.metaLines.append(text)
            }
        }

        /// Writes a data table: its caption, one line per row (cells a tab apart), its chrome as removed lines.
        func emit(_ built: BuiltTable) {
            for lead in built.leadLines {
                appendText(lead, to: &line, inLink: false)
                flush()
            }
            var rowLines: [Int?] = []
            for cells in built.rowLines {
                for cell in cells {
                    appendText(cell.text, to: &line, inLink: cell.allLinks)
                    line.endCell()
                }
                let before = result.bodyLines.count
                flush()
                rowLines.append(result.bodyLines.count > before ? before : nil)
            }
            for r in built.removed {
                result.removed.append(RemovedLine(line: r.line, rule: r.rule, beforeLine: result.bodyLines.count))
                result.metaLines.append(r.line)
            }
            result.tables.append(built.grid)
            result.tableRowLines.append(rowLines)
        }

        text.withUnsafeBufferPointer { arena in
            walk(root, enter: { event in
                if done { return .stop }
                switch event {
                case .text(let lo, let hi):
                    if preDepth > 0 {
                        var from = Int(lo)
                        while let used = line.appendPreformatted(UnsafeBufferPointer(rebasing: arena[from..<Int(hi)])) {
                            from += used
                            flush()
                        }
                    } else {
                        line.append(UnsafeBufferPointer(rebasing: arena[Int(lo)..<Int(hi)]), inLink: linkDepth > 0)
                    }
                    return .skip
                case .start(let i):
                    let index = Int(i)
                    let s = stats[index]
                    switch s.kind {
                    case .head, .title, .meta: return .skip
                    default: break
                    }
                    if contentNode == nil {
                        if s.isContentRoot {
                            flush()
                            contentNode = index
                        } else if s.isChrome && s.linkDensity > 0.3 {
                            // Navigation before the content holds no page dates; skip its link lists.
                            return .skip
                        }
                    }
                    if contentNode != nil && chromeNode == nil && s.isChrome {
                        flush()
                        chromeNode = index
                        chromeRule = s.chromeReason >= 0 ? "element " + reasons[Int(s.chromeReason)] : "element"
                    }
                    if !tables.isEmpty && contentNode != nil && chromeNode == nil, let built = tables[index] {
                        flush()
                        emit(built)
                        return .skip
                    }
                    if s.kind.breaksParagraph { flush() }
                    if s.kind == .pre { preDepth += 1 }
                    if s.kind == .link { linkDepth += 1 }
                    return .descend
                case .end:
                    return .descend
                }
            }, exit: { index in
                let kind = stats[index].kind
                if kind.breaksParagraph {
                    flush()
                } else if kind == .cell {
                    line.endCell()
                }
                if kind == .pre { preDepth -= 1 }
                if kind == .link { linkDepth -= 1 }
                if index == chromeNode {
                    flush()
                    chromeNode = nil
                }
                if index == contentNode {
                    flush()
                    rootEndLines.append(result.bodyLines.count)
                    contentNode = nil
                    rootsLeft -= 1
                    if rootsLeft == 0 { done = true }
                }
            })
        }
        flush()
        result.outside = outsideBody(rootEndLines: rootEndLines)
    }

    /// Headline candidates: title elements outside chrome that are not links, with their text (lines split by
    /// `<br>` joined), in document order.
    func headlineCandidates() -> [String] {
        let chrome = chromeOrInsideChrome()
        var out: [String] = []
        for index in titleNodes {
            let s = stats[index]
            guard !chrome[index], s.weight > 0, s.weight <= PageWalk.maxHeadlineWeight,
                  s.linkDensity < PageWalk.maxHeadlineLinkDensity else { continue }
            let line = firstLine(of: index, acrossLineBreaks: true)
            if !line.isEmpty { out.append(line) }
        }
        return out
    }

    /// The first paragraph of an element's text (a title candidate), whitespace collapsed; with
    /// `acrossLineBreaks`, a `<br>` inside the element does not end it (a headline wrapped over two lines).
    func firstLine(of element: Int, acrossLineBreaks: Bool = false) -> String {
        var line = LineBuffer()
        var done = false
        text.withUnsafeBufferPointer { arena in
            walk(element, enter: { event in
                if done { return .stop }
                switch event {
                case .text(let lo, let hi):
                    line.append(UnsafeBufferPointer(rebasing: arena[Int(lo)..<Int(hi)]), inLink: false)
                    return .skip
                case .start(let i):
                    let kind = stats[Int(i)].kind
                    if Int(i) != element && kind.breaksParagraph && line.hasText
                        && !(acrossLineBreaks && kind == .lineBreak) {
                        done = true
                        return .stop
                    }
                    if stats[Int(i)].isChrome || kind == .drop { return .skip }
                    return .descend
                case .end:
                    return .descend
                }
            }, exit: { index in
                let kind = stats[index].kind
                if index != element && kind.breaksParagraph && line.hasText && !(acrossLineBreaks && kind == .lineBreak) {
                    done = true
                }
            })
        }
        return line.take() ?? ""
    }
}
