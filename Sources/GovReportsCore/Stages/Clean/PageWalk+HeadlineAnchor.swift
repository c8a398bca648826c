/// The headline's section: without a known container, text density may pick a box beside the article (a county
/// profile in the sidebar, longer than a two-sentence notice). The article follows its headline, so the nearest
/// ancestor of the headline that holds sentence text is where the body is; a density block outside it is suspect.
extension PageWalk {
    /// The first headline element (`<h1>` or title-like, outside chrome, short, not a link) and the nearest
    /// ancestor of it that holds sentence text, or nil.
    func headlineSection() -> (headline: Int, section: Int)? {
        let chrome = chromeOrInsideChrome()
        for index in titleNodes {
            let s = stats[index]
            guard !chrome[index], s.weight > 0, s.weight <= PageWalk.maxHeadlineWeight,
                  s.linkDensity < PageWalk.maxHeadlineLinkDensity else { continue }
            var p = Int(s.parent)
            while p >= 0 && stats[p].sentenceWeight == 0 { p = Int(stats[p].parent) }
            return p >= 0 ? (index, p) : nil
        }
        return nil
    }

    /// Whether two elements are disjoint (neither holds the other).
    func disjoint(_ a: Int, _ b: Int) -> Bool {
        a != b && !isDescendant(a, of: b) && !isDescendant(b, of: a)
    }

    /// Checks density roots against the headline's section: when the densest block lies outside it, returns the
    /// note for the `body-suspect` diagnostic, and replaces `roots` with the section's own text box when that box
    /// holds paragraphs of sentence text (one sentence beside a headline is a summary, not the article).
    func anchorToHeadline(_ roots: inout [Int], basis: inout ContentBasis) -> String? {
        guard basis == .density, let first = roots.first, let anchor = headlineSection() else { return nil }
        if first != anchor.section && isDescendant(anchor.section, of: first) {
            // The densest block holds the headline's section and more. Which of the rest is a sidebar and which
            // the article's continuation (a lead box above the text) the structure does not tell: only say so
            // when the section is itself an article of paragraphs and the rest outweighs it.
            let own = stats[anchor.section].sentenceWeight
            let rest = held(roots).sentences - own
            guard rest > own, holdsParagraphs(tightenedDensityBlock(anchor.section)) else { return nil }
            let note = "\(BodyCheck.code): the headline's section holds \(own) of the densest block's \(own + rest) sentence characters"
            // The rest in boxes with their own headings beside the headline's column is a sidebar.
            if roots.count == 1, restIsHeadedBoxes(root: first, section: anchor.section) {
                roots = [tightenedDensityBlock(anchor.section)]
                return note + "; the rest stands in boxes with their own headings beside it (a sidebar); body taken from the headline's section"
            }
            return note + "; the rest may be a sidebar; kept"
        }
        guard roots.allSatisfy({ disjoint($0, anchor.section) }) else { return nil }
        var note = "\(BodyCheck.code): the densest block (\(stats[first].sentenceWeight) sentence characters) lies outside the headline's section (\(stats[anchor.section].sentenceWeight))"
        let box = tightenedDensityBlock(anchor.section)
        if holdsParagraphs(box) {
            roots = [box]
            note += "; body taken from the headline's section"
        } else {
            note += "; kept"
        }
        return note
    }
}
