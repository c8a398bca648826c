extension DivisionResolver {
    /// Suffixes of a branch of a body named by its place (`珠海市生态环境局` + `香洲` + `分局`, `某市公安局` + `城关` +
    /// `支队`).
    static let branchSuffixes: [[Unicode.Scalar]] = ["分局", "支队", "大队", "分所", "分中心"].map { Array($0.unicodeScalars) }
    /// Longest place name (scalars) read before a branch suffix.
    static let branchPlaceMaxLength = 4

    /// The branch place at `at` in `a` (before `to`) after a parent body placed at `parent`: a division strictly inside
    /// one of the parent's candidates, written in full or short (`香洲区`, `香洲`), right before a branch suffix. Gives
    /// the place as a mention and the index after the suffix; nil otherwise (a short name that no child of the parent
    /// bears is no place: `市公安局交警支队` keeps no branch).
    func branchPlace(in a: [Unicode.Scalar], at: Int, to: Int, under parent: PlaceMention) -> (mention: PlaceMention, end: Int)? {
        var length = min(Self.branchPlaceMaxLength, to - at)
        while length >= 2 {
            let name = String(String.UnicodeScalarView(a[at..<(at + length)]))
            let rows = (table.indexes(named: name) + table.indexes(shortName: name)).filter { row in
                parent.candidates.contains { $0 != row && table.isAncestor($0, of: row) }
            }
            if !rows.isEmpty {
                let after = at + length
                for suffix in Self.branchSuffixes where after + suffix.count <= to
                    && a[after..<(after + suffix.count)].elementsEqual(suffix) {
                    return (PlaceMention(start: at, end: after, candidates: Array(Set(rows)).sorted()), after + suffix.count)
                }
            }
            length -= 1
        }
        return nil
    }
}
