/// Density tightening: text density scores a wrapper that also holds the top bar, the title block and an
/// unlinked footer (`版权所有 …`, addresses) above the box that holds the article itself, most of all on
/// table layouts. The densest block gives way to its deepest descendant that still holds nearly all of its
/// sentence text; chrome lines around the article then stay out of the body instead of relying on line rules.
extension PageWalk {
    /// Share of the densest block's sentence text a descendant must hold to be taken instead. High on purpose:
    /// one long paragraph of a many-paragraph article must not replace the article.
    static let densityTightenShare = 0.97

    /// Whether element `index` holds at least two blocks of sentence text: a box of paragraphs, not one paragraph
    /// (a body written as one `<p>` with `<br>`s keeps the signature lines beside it).
    func holdsParagraphs(_ index: Int) -> Bool {
        var found = 0
        var i = index + 1
        let end = Int(stats[index].lastDescendant)
        while i <= end {
            let s = stats[i]
            if s.isChrome { i = Int(s.lastDescendant) + 1; continue }
            if s.kind.isContainerLike && s.sentenceWeight > 0 {
                found += 1
                if found >= 2 { return true }
                // Count disjoint blocks: the paragraphs of a nested box count once each, not with the box.
                i = Int(s.lastDescendant) + 1
                continue
            }
            i += 1
        }
        return false
    }

    /// The deepest container-like, non-chrome descendant of `best` holding `densityTightenShare` of its
    /// sentence text (holders of over half form a chain, so the last one in the subtree range is the deepest),
    /// or `best` itself.
    func tightenedDensityBlock(_ best: Int) -> Int {
        let sentences = stats[best].sentenceWeight
        guard sentences > 0 else { return best }
        let floor = Double(sentences) * PageWalk.densityTightenShare
        var chosen = best
        var i = best + 1
        let end = Int(stats[best].lastDescendant)
        while i <= end {
            let s = stats[i]
            if s.isChrome {
                // A chrome element's subtree counts for nothing: skip it whole.
                i = Int(s.lastDescendant) + 1
                continue
            }
            if s.kind.isContainerLike && Double(s.sentenceWeight) >= floor && isDescendant(i, of: chosen)
                && holdsParagraphs(i) {
                chosen = i
            }
            i += 1
        }
        return chosen
    }
}
