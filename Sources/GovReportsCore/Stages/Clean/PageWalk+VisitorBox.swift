/// Comment and 留言 boxes: a box named like chrome (`comment`, `pinglun` …) is spared when it holds prose, which
/// visitors' comments are; the form to post one (a chrome `<form>` inside) tells such a box from a wrapper that
/// holds the article, and so does the absence of a headline or a content container.
extension PageWalk {
    /// Most elements looked at inside one box (a wrapper of thousands of elements is no comment box, and the
    /// bound keeps nested named boxes linear).
    static let maxVisitorBoxElements = 400

    /// Whether element `index`, just closed, holds a chrome `<form>` and neither an `<h1>` nor a content
    /// container, and comes after a denser block that is not inside it (the article it comments on): a box of
    /// visitors' text with the form to add to it.
    func isVisitorBox(_ index: Int) -> Bool {
        let end = Int(stats[index].lastDescendant)
        guard end > index, end - index <= Self.maxVisitorBoxElements else { return false }
        // A wrapper holding the article (a page-wide `top` div with a search form) holds the densest block so far.
        let own = Double(stats[index].nonLink) * (1 - stats[index].linkDensity)
        guard let best = densityBest, best.index < index, best.score >= own else { return false }
        if containers.contains(where: { $0.index > index && $0.index <= end }) { return false }
        var form = false
        for i in (index + 1)...end {
            let s = stats[i]
            if s.kind == .heading1 || s.kind == .article { return false }
            if s.kind == .chromeBlock && s.isChrome && s.chromeReason >= 0 && reasons[Int(s.chromeReason)] == Self.formReason {
                form = true
            }
        }
        return form
    }

    /// The chrome reason of a `<form>` element.
    static let formReason = "tag:form"
}
