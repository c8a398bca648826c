import CLibXML2

/// Per-document state of a `PageAnalyzer` pass: element stats (indexed through libxml2's `_private`),
/// candidates found on the way, and the text buffers of linearization.
struct PageWalk {
    /// The analyzer's tables.
    let analyzer: PageAnalyzer
    /// Stats of every measured element; an element's index + 1 is stored in its `_private` field.
    var stats: [NodeStats] = []
    /// Element of every stats entry.
    var nodes: [xmlNodePtr] = []
    /// Chrome reasons referenced by `NodeStats.chromeReason`.
    var reasons: [String] = []
    /// `<meta>` values by lower-cased key.
    var metaTags: [String: String] = [:]
    /// The first `<title>` element.
    var titleNode: xmlNodePtr?
    /// `<h1>` and title-like elements outside `<head>`, in document order.
    var titleNodes: [xmlNodePtr] = []
    /// Known content containers found, with their rank.
    var containers: [(index: Int, rank: Int, name: String)] = []
    /// Best element by text density, for pages without a known container.
    var densityBest: (index: Int, score: Double)?
    /// Tag kinds by the interned name pointer libxml2 shares between elements of one tag.
    var kindCache: [UnsafeRawPointer: TagKind] = [:]
    /// Reusable buffer for attribute values.
    var scratch: [UInt8] = []

    /// How many times content selection may step into a tighter nested container.
    static let maxTightening = 32

    /// Starts a walk with the analyzer's tables.
    init(analyzer: PageAnalyzer) {
        self.analyzer = analyzer
        stats.reserveCapacity(2048)
        nodes.reserveCapacity(2048)
        kindCache.reserveCapacity(64)
    }

    /// The stats index stored on an element, or nil for unmeasured nodes (and the document itself).
    @inline(__always)
    static func index(of node: xmlNodePtr?) -> Int? {
        guard let node, let raw = node.pointee._private else { return nil }
        return Int(bitPattern: raw) - 1
    }

    /// The tag kind of an element, cached per interned name.
    @inline(__always)
    mutating func kind(of node: xmlNodePtr) -> TagKind {
        guard let name = node.pointee.name else { return .inline }
        let key = UnsafeRawPointer(name)
        if let kind = kindCache[key] { return kind }
        let kind = analyzer.tagKinds[String(cString: name).lowercased()] ?? .inline
        kindCache[key] = kind
        return kind
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

    /// The text of an attribute node.
    static func value(of attr: UnsafeMutablePointer<xmlAttr>) -> String {
        var text = ""
        var child = attr.pointee.children
        while let node = child {
            if let content = node.pointee.content { text += String(cString: content) }
            child = node.pointee.next
        }
        return text
    }

    /// Text weight (CJK characters + ASCII alphanumerics / 4) and sentence ends of a NUL-terminated UTF-8 string.
    @inline(__always)
    static func measure(_ p: UnsafePointer<UInt8>) -> (weight: Int32, periods: Int32) {
        var cjk: Int32 = 0
        var alnum: Int32 = 0
        var periods: Int32 = 0
        var i = 0
        while true {
            let b = p[i]
            if b == 0 { break }
            if b >= 0xE4 && b <= 0xE9 {
                cjk += 1
            } else if b == 0xE3 {
                if p[i + 1] == 0x80 && p[i + 2] == 0x82 { periods += 1 } // 。
            } else if b == 0xEF {
                if p[i + 1] == 0xBC && (p[i + 2] == 0x81 || p[i + 2] == 0x9F) { periods += 1 } // ！？
            } else if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
                alnum += 1
            }
            i += 1
        }
        return (cjk + (alnum + 3) / 4, periods)
    }

    /// Pass 1: measures every element bottom-up, judges chrome, and notes metadata, titles and containers.
    mutating func measure(_ root: xmlNodePtr) {
        var headDepth = 0
        var linkDepth = 0
        NodeWalker.walk(root, enter: { node in
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if headDepth == 0, let content = node.pointee.content, let parent = PageWalk.index(of: node.pointee.parent) {
                    let m = PageWalk.measure(content)
                    stats[parent].weight += m.weight
                    stats[parent].periods += m.periods
                    if linkDepth > 0 { stats[parent].linkWeight += m.weight }
                }
                return .skip
            }
            guard type == XML_ELEMENT_NODE else { return .skip }
            let kind = self.kind(of: node)
            if kind == .drop { return .skip }
            let index = stats.count
            var entry = NodeStats()
            entry.kind = kind
            entry.parent = Int32(PageWalk.index(of: node.pointee.parent) ?? -1)
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 1)
            switch kind {
            case .head: headDepth += 1
            case .link: linkDepth += 1
            case .meta: readMeta(node)
            case .title: if titleNode == nil { titleNode = node }
            case .heading1: if headDepth == 0 && titleNodes.count < 8 { titleNodes.append(node) }
            case .article: containers.append((index, 1, "article"))
            case .chromeBlock: entry.chromeReason = reason("tag:" + String(cString: node.pointee.name))
            default: break
            }
            if headDepth == 0 { inspectAttributes(node, index: index, entry: &entry) }
            stats.append(entry)
            nodes.append(node)
            return .descend
        }, exit: { node in
            guard node.pointee.type == XML_ELEMENT_NODE, let index = PageWalk.index(of: node) else { return }
            stats[index].lastDescendant = Int32(stats.count - 1)
            var entry = stats[index]
            switch entry.kind {
            case .head: headDepth -= 1
            case .link: linkDepth -= 1
            default: break
            }
            if entry.chromeReason >= 0 {
                // Chrome by name or tag, unless it holds real prose (a whole page wrapped in <form>, a "top" div holding the article).
                let prose = entry.periods >= 1 && entry.nonLink >= 20 && entry.linkDensity < 0.5
                entry.isChrome = !prose
                stats[index].isChrome = entry.isChrome
            }
            guard !entry.isChrome else { return }
            if entry.parent >= 0 {
                let p = Int(entry.parent)
                stats[p].weight += entry.weight
                stats[p].linkWeight += entry.linkWeight
                stats[p].periods += entry.periods
            }
            if headDepth == 0 && entry.kind.isContainerLike && entry.weight > 0 {
                let score = Double(entry.nonLink) * (1 - entry.linkDensity)
                if score > (densityBest?.score ?? 0) { densityBest = (index, score) }
            }
        })
    }

    /// Interns a chrome reason string.
    mutating func reason(_ text: String) -> Int32 {
        if let found = reasons.firstIndex(of: text) { return Int32(found) }
        reasons.append(text)
        return Int32(reasons.count - 1)
    }

    /// Records a `<meta>` element's key and content.
    mutating func readMeta(_ node: xmlNodePtr) {
        var key: String?
        var content: String?
        var attr = node.pointee.properties
        while let a = attr {
            let name = a.pointee.name
            if PageWalk.nameIs(name, "name") || PageWalk.nameIs(name, "property")
                || PageWalk.nameIs(name, "http-equiv") || PageWalk.nameIs(name, "itemprop") {
                key = PageWalk.value(of: a).lowercased()
            } else if PageWalk.nameIs(name, "content") {
                content = PageWalk.value(of: a)
            }
            attr = a.pointee.next
        }
        if let key, let content, metaTags[key] == nil { metaTags[key] = content }
    }

    /// Checks `id` and `class` for container, chrome and title names.
    mutating func inspectAttributes(_ node: xmlNodePtr, index: Int, entry: inout NodeStats) {
        var attr = node.pointee.properties
        var isContainer = false
        var chrome: String?
        var titleLike = false
        while let a = attr {
            let isID = PageWalk.nameIs(a.pointee.name, "id")
            if PageWalk.nameIs(a.pointee.name, "style") {
                PageWalk.lowercasedValue(of: a, into: &scratch)
                scratch.removeAll { $0 == 0x20 || $0 == 0x09 }
                if chrome == nil, scratch.withUnsafeBufferPointer({ buffer in
                    analyzer.hiddenStyles.contains { PageAnalyzer.find($0, in: buffer) }
                }) {
                    chrome = "hidden"
                }
            } else if PageWalk.nameIs(a.pointee.name, "hidden") {
                if chrome == nil { chrome = "hidden" }
            } else if isID || PageWalk.nameIs(a.pointee.name, "class") {
                PageWalk.lowercasedValue(of: a, into: &scratch)
                if !scratch.isEmpty {
                    let found = scratch.withUnsafeBufferPointer { analyzer.classify($0, isID: isID) }
                    if let rank = found.container {
                        let label = (isID ? "id:" : "class:") + String(decoding: scratch, as: UTF8.self)
                        containers.append((index, rank, label))
                        isContainer = true
                    }
                    if chrome == nil { chrome = found.chrome }
                    if found.title { titleLike = true }
                }
            }
            attr = a.pointee.next
        }
        if let chrome, !isContainer { entry.chromeReason = reason(chrome) }
        if titleLike && !isContainer && titleNodes.count < 8 && entry.kind != .heading1 { titleNodes.append(node) }
    }

    /// Copies an attribute's value into `buffer`, ASCII lower-cased.
    static func lowercasedValue(of attr: UnsafeMutablePointer<xmlAttr>, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        var child = attr.pointee.children
        while let node = child {
            if let content = node.pointee.content {
                var i = 0
                while content[i] != 0 {
                    let b = content[i]
                    buffer.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    i += 1
                }
            }
            child = node.pointee.next
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

    /// Picks the main-content roots: the user's containers, then known CMS containers, then text density.
    func chooseContent(basis: inout String) -> [Int] {
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
            let best = densityBest.map { stats[$0.index].nonLink } ?? 0
            if !(stats[chosen.index].nonLink < 200 && best > 3 * stats[chosen.index].nonLink) {
                basis = "container:" + chosen.name
                // A closing paragraph some templates put right after the editor box is still body: take the
                // prose siblings that follow it, up to the first one that is not prose.
                var roots = [chosen.index]
                var sibling = nodes[chosen.index].pointee.next
                while let node = sibling {
                    if let i = PageWalk.index(of: node) {
                        guard isBodySibling(i) else { break }
                        roots.append(i)
                    }
                    sibling = node.pointee.next
                }
                return roots
            }
        }
        guard let best = densityBest else { return [] }
        basis = "density"
        var roots = [best.index]
        // Body paragraphs beside the densest block (an article split over sibling divs) belong to it too.
        let parent = stats[best.index].parent
        if parent >= 0 {
            var sibling = nodes[Int(parent)].pointee.children
            while let node = sibling {
                if let i = PageWalk.index(of: node), i != best.index, stats[i].parent == parent, isBodySibling(i) {
                    roots.append(i)
                }
                sibling = node.pointee.next
            }
        }
        return roots
    }

    /// Pass 2: turns the lines before the content into metadata lines and the content into body lines.
    mutating func linearize(_ root: xmlNodePtr, rootCount: Int, dropLinkLines: Bool, into result: inout PageAnalysis) {
        var line = LineBuffer()
        var linkDepth = 0
        var contentNode: xmlNodePtr?
        var chromeNode: xmlNodePtr?
        var chromeRule = ""
        var rootsLeft = rootCount
        var done = rootCount == 0
        var preDepth = 0

        /// Ends the current paragraph and files it as body, removed chrome or metadata line.
        func flush() {
            let allLinks = line.isAllLinks
            guard let text = line.take() else { return }
            if contentNode != nil {
                if chromeNode == nil && dropLinkLines && allLinks && TextScan.scalarCount(text) <= 30
                    && !TextScan.endsLikeSentence(text) {
                    // Without a known container the chosen block may carry link lists (navigation, related items).
                    result.removed.append(RemovedLine(line: text, rule: "link-line"))
                    result.metaLines.append(text)
                } else if chromeNode != nil {
                    result.removed.append(RemovedLine(line: text, rule: chromeRule))
                    result.metaLines.append(text)
                } else {
                    result.bodyLines.append(text)
                }
            } else {
                result.metaLines.append(text)
            }
        }

        NodeWalker.walk(root, enter: { node in
            if done { return .stop }
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if let content = node.pointee.content {
                    if preDepth > 0 {
                        var rest: UnsafePointer<UInt8>? = UnsafePointer(content)
                        while let text = rest {
                            rest = line.appendPreformatted(text)
                            if rest != nil { flush() }
                        }
                    } else {
                        line.append(content, inLink: linkDepth > 0)
                    }
                }
                return .skip
            }
            guard type == XML_ELEMENT_NODE, let index = PageWalk.index(of: node) else { return .skip }
            let s = stats[index]
            switch s.kind {
            case .head, .title, .meta: return .skip
            default: break
            }
            if contentNode == nil {
                if s.isContentRoot {
                    flush()
                    contentNode = node
                } else if s.isChrome && s.linkDensity > 0.3 {
                    // Navigation before the content holds no page dates; skip its link lists.
                    return .skip
                }
            }
            if contentNode != nil && chromeNode == nil && s.isChrome {
                flush()
                chromeNode = node
                chromeRule = s.chromeReason >= 0 ? "element " + reasons[Int(s.chromeReason)] : "element"
            }
            if s.kind.breaksParagraph { flush() }
            if s.kind == .pre { preDepth += 1 }
            if s.kind == .link { linkDepth += 1 }
            return .descend
        }, exit: { node in
            guard node.pointee.type == XML_ELEMENT_NODE, let index = PageWalk.index(of: node) else { return }
            let kind = stats[index].kind
            if kind.breaksParagraph {
                flush()
            } else if kind == .cell {
                line.endCell()
            }
            if kind == .pre { preDepth -= 1 }
            if kind == .link { linkDepth -= 1 }
            if node == chromeNode {
                flush()
                chromeNode = nil
            }
            if node == contentNode {
                flush()
                contentNode = nil
                rootsLeft -= 1
                if rootsLeft == 0 { done = true }
            }
        })
        flush()
    }

    /// The first paragraph of an element's text (a title candidate), whitespace collapsed.
    static func firstLine(of element: xmlNodePtr, using walk: PageWalk) -> String {
        var line = LineBuffer()
        var done = false
        var cache = walk
        NodeWalker.walk(element, enter: { node in
            if done { return .stop }
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if let content = node.pointee.content { line.append(content, inLink: false) }
                return .skip
            }
            guard type == XML_ELEMENT_NODE else { return .skip }
            let kind = cache.kind(of: node)
            if kind == .drop { return .skip }
            if node != element && kind.breaksParagraph && line.hasText {
                done = true
                return .stop
            }
            return .descend
        }, exit: { node in
            if node != element && node.pointee.type == XML_ELEMENT_NODE && cache.kind(of: node).breaksParagraph && line.hasText {
                done = true
            }
        })
        return line.take() ?? ""
    }
}
