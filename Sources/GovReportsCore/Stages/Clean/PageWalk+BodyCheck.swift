/// The body check: a chosen body must hold a fair share of the page's sentence text, or the choice falls back
/// (known containers → text density → the largest block of sentence paragraphs) and says so.
extension PageWalk {
    /// Sentence text of the whole page outside chrome.
    var pageSentenceWeight: Int32 {
        var total: Int32 = 0
        var i = 0
        // Top-level elements (usually one <html>) hold everything below them.
        while i < stats.count {
            if !stats[i].isChrome { total += stats[i].sentenceWeight }
            i = Int(stats[i].lastDescendant) + 1
            if i <= 0 { break }
        }
        return total
    }

    /// Sentence text and all text (outside links) of a set of disjoint roots.
    func held(_ roots: [Int]) -> (sentences: Int32, chars: Int32) {
        roots.reduce((0, 0)) { ($0.0 + stats[$1].sentenceWeight, $0.1 + stats[$1].nonLink) }
    }

    /// The element holding the most sentence text, tightened to the deepest one that still holds nearly all of
    /// it (nested holders of more than half form a chain, so the last in the subtree range is the deepest).
    func largestSentenceBlock() -> Int? {
        let chrome = chromeOrInsideChrome()
        var best: Int?
        for i in stats.indices where !chrome[i] && stats[i].kind.isContainerLike && stats[i].kind != .body {
            if stats[i].sentenceWeight > (best.map { stats[$0].sentenceWeight } ?? 0) { best = i }
        }
        guard var chosen = best else { return nil }
        let floor = Double(stats[chosen].sentenceWeight) * BodyCheck.tightenShare
        var i = chosen + 1
        let end = Int(stats[chosen].lastDescendant)
        while i <= end {
            if !chrome[i] && stats[i].kind.isContainerLike && Double(stats[i].sentenceWeight) >= floor { chosen = i }
            i += 1
        }
        return chosen
    }

    /// Picks the main-content roots and checks them; `suspect` receives a `body-suspect:` diagnostic with the
    /// figures when the first choice held too little (whether or not a fallback replaced it).
    func chooseContent(basis: inout ContentBasis, suspect: inout String?) -> [Int] {
        var roots = chooseContainer(basis: &basis)
        let before = roots
        let anchorNote = anchorToHeadline(&roots, basis: &basis)
        // Moved to the headline's section: that is the choice the note explains; a kept block is still checked.
        if let note = anchorNote, roots != before {
            suspect = note
            return roots
        }
        suspect = anchorNote
        let page = pageSentenceWeight
        // The container alone is judged: the prose siblings added after it may be the very body it failed to hold.
        let first = held(Array(roots.prefix(1)))
        // A known container on the page that content selection could not use (empty, a URL, a stub) is itself
        // a sign that the body may have been lost.
        var weakContainer: (index: Int, rank: Int, name: String)?
        if basis == .density && !containers.isEmpty {
            let chrome = chromeOrInsideChrome()
            weakContainer = containers.first { !chrome[$0.index] }
        }
        guard BodyCheck.isSuspect(held: first.sentences, chars: first.chars, page: page) || weakContainer != nil else {
            return roots
        }
        var from = basis.description
        if let weak = weakContainer {
            from = "container:\(weak.name) (\(stats[weak.index].nonLink) characters)"
        }
        var note = "\(BodyCheck.code): \(from) held \(first.sentences) of \(page) sentence characters"
        if BodyCheck.isSuspect(held: first.sentences, chars: first.chars, page: page) {
            // The tightest alternative first: on a tie it wins (density may pick a wrapper holding the stub too).
            var alternatives: [(basis: ContentBasis, roots: [Int])] = []
            if let block = largestSentenceBlock() { alternatives.append((basis: .sentenceBlock, roots: [block])) }
            if basis != .density {
                var b = ContentBasis.none
                alternatives.append((basis: .density, roots: densityRoots(basis: &b)))
            }
            var pick: (basis: ContentBasis, roots: [Int])?
            for alternative in alternatives where held(alternative.roots).sentences > (pick.map { held($0.roots).sentences } ?? 0) {
                pick = alternative
            }
            if let better = pick,
               held(better.roots).sentences >= BodyCheck.replaceFactor * max(first.sentences, 1) {
                roots = better.roots
                basis = better.basis
                note += "; body taken from \(better.basis) (\(held(better.roots).sentences) sentence characters)"
            } else {
                note += "; no fallback held more, kept"
            }
        } else {
            note += "; body taken from \(basis)"
        }
        suspect = note
        return roots
    }
}
