/// Sidebar boxes beside the headline's column: when the densest block holds the headline's section and more, the
/// rest may be the article's own continuation (a lead box, a second part) or a sidebar (a county profile, a notice
/// board). A sidebar comes in boxes that each open with their own short heading (`县情简介`, `便民服务`), standing
/// as siblings of the headline's column; a continuation of the article opens with a sentence or a numbered heading
/// (`一、总体情况`). Only when every other text-bearing column is such a headed box is the body the headline's.
extension PageWalk {
    /// Longest first line (scalars) read as a box's own heading.
    static let sidebarHeadingMaxScalars = 16

    /// Whether every child of `root` except the one holding `section` that carries sentence text opens with a
    /// short, unnumbered heading of its own (and at least one does): `root`'s other text is sidebar boxes.
    func restIsHeadedBoxes(root: Int, section: Int) -> Bool {
        var boxes = 0
        var child = root + 1
        let end = Int(stats[root].lastDescendant)
        while child <= end {
            let s = stats[child]
            let next = Int(s.lastDescendant) + 1
            defer { child = next }
            if s.isChrome || s.sentenceWeight == 0 { continue }
            if child == section || isDescendant(section, of: child) { continue }
            guard opensWithOwnHeading(child) else { return false }
            boxes += 1
        }
        return boxes > 0
    }

    /// Whether element `index`'s first line is a box heading: short, not a sentence, not a list item or numbered
    /// heading, no date, and not the whole of the element's text.
    func opensWithOwnHeading(_ index: Int) -> Bool {
        let line = firstLine(of: index)
        guard !line.isEmpty, !TextScan.scalarCount(line, exceeds: PageWalk.sidebarHeadingMaxScalars),
              !TextScan.endsLikeSentence(line), !ListMarker.starts(line), !TextScan.hasFourDigits(line) else { return false }
        return !line.unicodeScalars.contains { $0 == "，" || $0 == "。" || $0 == "：" || $0 == ":" }
    }
}
