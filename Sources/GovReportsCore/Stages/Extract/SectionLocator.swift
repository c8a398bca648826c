/// Finds the innermost section around a text offset by binary search and a walk up the enclosing sections,
/// so a report with many sections and many mentions costs O(mentions × log sections), not their product.
struct SectionLocator {
    /// The sections in document order (their starts increase; their extents nest or are disjoint).
    let sections: [SectionRecord]
    /// For each section, the index of the nearest earlier section whose extent encloses its start, or -1.
    let enclosing: [Int]

    /// Indexes sections as `SectionParser` returns them.
    init(_ sections: [SectionRecord]) {
        self.sections = sections
        var enclosing: [Int] = []
        enclosing.reserveCapacity(sections.count)
        var open: [Int] = []
        for (i, s) in sections.enumerated() {
            while let top = open.last, !(sections[top].charStart <= s.charStart && s.charStart < sections[top].charEnd) {
                open.removeLast()
            }
            enclosing.append(open.last ?? -1)
            open.append(i)
        }
        self.enclosing = enclosing
    }

    /// The deepest section whose extent contains `offset`.
    func innermost(containing offset: Int) -> SectionRecord? {
        var lo = 0
        var hi = sections.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sections[mid].charStart <= offset { lo = mid + 1 } else { hi = mid }
        }
        // Every section containing `offset` starts at or before the last one that does, and so encloses it.
        var i = lo - 1
        while i >= 0 {
            if offset < sections[i].charEnd { return sections[i] }
            i = enclosing[i]
        }
        return nil
    }
}
