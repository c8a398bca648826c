/// The words that join two numbers as the start and end of one change (`由8名增加到15名`, `从3家增至5家`): a verb of
/// rising or falling from `change.json` followed by one of its level markers (到, 至). The first number is then a
/// baseline (an earlier period's level), the second the level reached.
struct LevelLink: Sendable {
    /// Every verb + marker pair, as scalar arrays.
    let links: Set<[Unicode.Scalar]>

    /// The pairs of `rules` (no rules: no links).
    init(rules: ChangeRules) {
        var links = Set<[Unicode.Scalar]>()
        for verb in rules.increase + rules.decrease {
            for marker in rules.levelMarkers { links.insert(Array((verb + marker).unicodeScalars)) }
        }
        self.links = links
    }

    /// Whether `text[from..<to]` (the gap between two mentions, empty or reversed when they touch or overlap),
    /// spaces aside, is exactly one link.
    func joins(_ text: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard !links.isEmpty, from >= 0, from < to, to <= text.count else { return false }
        return links.contains(text[from..<to].filter { $0 != " " })
    }
}
