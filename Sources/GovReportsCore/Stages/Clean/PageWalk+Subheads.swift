import CLibXML2

/// A headline in an unmarked `<h2>` or in a box whose class only abbreviates "title" (`tit`, `bt`): pages whose CMS
/// has no `<h1>` and no `title` class put the article's headline there, above the body. Sidebar box headings and
/// section headings are written the same way, so only one that stands above the body's first text, over a box that
/// is not a list of links, and is not one of several such headings inside the body, is taken; none when in doubt.
extension PageWalk {
    /// Shortest unmarked headline (scalars): `通知公告`-like box names are shorter.
    static let minSubheadLength = 5

    /// Whether an element name is `h2` (any case).
    static func isH2(_ name: UnsafePointer<xmlChar>) -> Bool {
        (name[0] | 0x20) == 0x68 && name[1] == 0x32 && name[2] == 0
    }

    /// The text of the last `<h2>` or headline slot before the first content root's first text that reads as a
    /// headline, or nil.
    /// Call after the content roots are marked.
    func subheadHeadline() -> String? {
        guard !subheadNodes.isEmpty, let root = stats.indices.first(where: { stats[$0].isContentRoot }),
              let owner = firstTextOwner(root) else { return nil }
        // Several `<h2>`s inside the body are its section headings: none of them is the headline.
        let inRoot = subheadNodes.reduce(0) { $0 + (isDescendant($1, of: root) ? 1 : 0) }
        let chrome = chromeOrInsideChrome()
        var best: String?
        for index in subheadNodes {
            // The headline comes before the body's text; an `<h2>` after it is a heading in or beside the body.
            guard index <= owner else { break }
            let s = stats[index]
            guard !chrome[index], s.weight > 0, s.weight <= PageWalk.maxHeadlineWeight,
                  s.linkDensity < PageWalk.maxHeadlineLinkDensity else { continue }
            // A box of links under its heading (`<h2>政务公开</h2><ul><li><a>…`) is a sidebar, not the article.
            let parent = Int(s.parent)
            guard parent >= 0, stats[parent].linkDensity < PageWalk.maxHeadlineLinkDensity else { continue }
            if inRoot > 1 && isDescendant(index, of: root) { continue }
            let line = firstLine(of: index, acrossLineBreaks: true)
            guard TextScan.scalarCount(line, exceeds: PageWalk.minSubheadLength - 1), !ListMarker.starts(line), !TextScan.endsLikeSentence(line) else { continue }
            best = line
        }
        return best
    }

    /// The level of a section heading element name (`h2`…`h6`, any case), or nil.
    static func headingLevel(_ name: UnsafePointer<xmlChar>) -> UInt8? {
        guard (name[0] | 0x20) == 0x68, name[1] >= 0x32, name[1] <= 0x36, name[2] == 0 else { return nil }
        return name[1] - 0x30
    }

    /// The body's first line when it is a section heading: the first content root's first text lies in an
    /// `<h2>`–`<h6>` inside the root and another heading of that level follows inside the root
    /// (`<h2>主要工作及成效</h2>…<h2>存在的问题</h2>`). Such a line is the first of the body's sections, not a title
    /// the page forgot to mark; nil otherwise. Call after the content roots are marked.
    func leadSectionHeading() -> String? {
        guard !sectionHeadingNodes.isEmpty, let root = stats.indices.first(where: { stats[$0].isContentRoot }),
              let owner = firstTextOwner(root) else { return nil }
        let inRoot = sectionHeadingNodes.filter { isDescendant($0.index, of: root) }
        guard let lead = inRoot.first(where: { $0.index == owner || isDescendant(owner, of: $0.index) }),
              inRoot.contains(where: { $0.index > lead.index && $0.level == lead.level }) else { return nil }
        let line = firstLine(of: lead.index)
        return line.isEmpty ? nil : line
    }

    /// The element whose text is the first of `root` (chrome and dropped elements aside), or nil when it has none.
    private func firstTextOwner(_ root: Int) -> Int? {
        var open = root
        var owner: Int?
        text.withUnsafeBufferPointer { arena in
            walk(root, enter: { event in
                switch event {
                case .start(let i):
                    let s = stats[Int(i)]
                    if Int(i) != root && (s.isChrome || s.kind == .drop) { return .skip }
                    open = Int(i)
                    return .descend
                case .text(let lo, let hi):
                    if arena[Int(lo)..<Int(hi)].contains(where: { $0 > 0x20 }) {
                        owner = open
                        return .stop
                    }
                    return .descend
                case .end:
                    return .descend
                }
            }, exit: { i in open = Int(stats[i].parent) })
        }
        return owner
    }
}
