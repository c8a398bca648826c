/// Finds division names in text and resolves an agency's division, never guessing between homonyms.
struct DivisionResolver: Sendable {
    /// The division table.
    let table: DivisionTable
    /// How many mentions a prefecture or county needs before body text alone may name it.
    let minimumSupport: Int
    /// Two-scalar words (`市场`) whose first scalar is a name's last: such a match is not a name.
    let falseContinuations: [(Unicode.Scalar, Unicode.Scalar)]

    /// Creates a resolver; `falseWords` are two-character words such as `市场`.
    init(table: DivisionTable, minimumSupport: Int, falseWords: [String] = []) {
        self.table = table
        self.minimumSupport = minimumSupport
        falseContinuations = falseWords.compactMap { w in
            let s = Array(w.unicodeScalars)
            return s.count == 2 ? (s[0], s[1]) : nil
        }
    }

    /// Full names in `a[from..<to]`, longest first; two-character names only when they follow another name or start
    /// at `shortAllowedAt`; a short name alone (`宁夏`) only at `agencyStart`, where an agency name begins.
    func mentions(in a: [Unicode.Scalar], from: Int, to: Int, shortAllowedAt: Int? = nil,
                  agencyStart: Int? = nil) -> [PlaceMention] {
        var out: [PlaceMention] = []
        var i = from
        while i < to {
            if let (length, candidates, older) = table.longestNameWithOlder(in: a, at: i, end: to) {
                let chained = out.last?.end == i
                // Two-character names (城区, 和县) are common words; accept them only in a name chain.
                // `…市场`, `…区域`, `…县域`: the suffix belongs to a common word, not to a name.
                let falseEnd = i + length < to && falseContinuations.contains { $0.0 == a[i + length - 1] && $0.1 == a[i + length] }
                if !falseEnd, length >= 3 || chained || i == shortAllowedAt {
                    var mention = PlaceMention(start: i, end: i + length, candidates: candidates, older: older)
                    if chained, var previous = out.last {
                        narrow(&previous, &mention)
                        out[out.count - 1] = previous
                    }
                    out.append(mention)
                    i += length
                    continue
                }
            }
            if var mention = shortMention(in: a, at: i, to: to, lone: i == agencyStart) {
                if out.last?.end == i, var previous = out.last {
                    narrow(&previous, &mention)
                    out[out.count - 1] = previous
                }
                out.append(mention)
                i = mention.end
                continue
            }
            i += 1
        }
        return out
    }

    /// A province or prefecture written without its suffix (`南京` in `南京鼓楼区`, `宁夏` in `宁夏民政厅`), or nil.
    /// A short name is a common word too often to stand alone in running text: it counts only when a division it
    /// contains follows at once (`湖南长沙岳麓区`), or, at `lone` (the start of an agency name), when it names one
    /// division and no county bears it as well.
    private func shortMention(in a: [Unicode.Scalar], at i: Int, to: Int, lone: Bool) -> PlaceMention? {
        guard let (length, candidates, alsoCounty) = table.longestShortName(in: a, at: i, end: to) else { return nil }
        let mention = PlaceMention(start: i, end: i + length, candidates: candidates)
        if nestedFollows(candidates, in: a, at: i + length, to: to, depth: 0) { return mention }
        return lone && candidates.count == 1 && !alsoCounty ? mention : nil
    }

    /// Most short names in a row (`湖南` `长沙` before `岳麓区`).
    private static let maxShortChain = 2

    /// Whether a division inside one of `outer` starts at `j`: a full name, or a short one followed by such a name.
    private func nestedFollows(_ outer: [Int], in a: [Unicode.Scalar], at j: Int, to: Int, depth: Int) -> Bool {
        /// Whether one of `rows` lies strictly inside one of `outer`.
        func inside(_ rows: [Int]) -> Bool {
            rows.contains { c in outer.contains { $0 != c && table.isAncestor($0, of: c) } }
        }
        guard j < to else { return false }
        if let (_, candidates, older) = table.longestNameWithOlder(in: a, at: j, end: to) {
            return inside(candidates) || inside(older)
        }
        guard depth < Self.maxShortChain, let (length, candidates, _) = table.longestShortName(in: a, at: j, end: to),
              inside(candidates) else { return false }
        return nestedFollows(candidates, in: a, at: j + length, to: to, depth: depth + 1)
    }

    /// Narrows two adjacent names (`福州市` `鼓楼区`) to the candidates that nest.
    private func narrow(_ outer: inout PlaceMention, _ inner: inout PlaceMention) {
        /// The rows of `rows` that lie inside one of the outer name's candidates.
        func nested(_ rows: [Int]) -> [Int] {
            rows.filter { c in outer.candidates.contains { table.isAncestor($0, of: c) && $0 != c } }
        }
        var innerKept = nested(inner.candidates)
        // No current row fits, but an abolished one of the same name does: the text names the older division.
        if innerKept.isEmpty { innerKept = nested(inner.older) }
        guard !innerKept.isEmpty else { return }
        inner.candidates = innerKept
        let outerKept = outer.candidates.filter { o in innerKept.contains { table.isAncestor(o, of: $0) } }
        if !outerKept.isEmpty { outer.candidates = outerKept }
    }

    /// Mention counts per division row: an unambiguous name supports itself and its ancestors; an ambiguous one only their common ancestors.
    func support(of mentions: [PlaceMention]) -> [Int: Int] {
        var support: [Int: Int] = [:]
        for m in mentions {
            var shared = Set(table.chain(of: m.candidates[0]))
            for c in m.candidates.dropFirst() { shared.formIntersection(table.chain(of: c)) }
            for row in shared { support[row, default: 0] += 1 }
        }
        return support
    }

    /// Resolution of one row: its names up the chain, its code and level. A functional zone resolves to the
    /// division it lies in (its statistical-use code is not a division code) and is named in `zone`.
    func resolution(of row: Int) -> RegionResolution {
        var chain = table.chain(of: row)
        let zone = table.divisions[row].isZone ? table.divisions[row].name : nil
        while chain.count > 1, table.divisions[chain[0]].isZone { chain.removeFirst() }
        let d = table.divisions[chain[0]]
        var r = RegionResolution(code: d.code, level: d.level, zone: zone)
        for idx in chain {
            let div = table.divisions[idx]
            switch div.level {
            case .province:
                r.province = div.name
                if table.isMunicipality(idx), r.city == nil { r.city = div.name }
            case .prefecture: r.city = div.name
            case .county: r.county = div.name
            case .national: break
            }
        }
        return r
    }

    /// Resolves the innermost name of the agency's own place chain, using `support` from the rest of the text only to pick between homonyms.
    func resolveAgency(_ mention: PlaceMention, support: [Int: Int], diagnostics: inout [Diagnostic]) -> RegionResolution {
        if mention.candidates.count == 1 { return resolution(of: mention.candidates[0]) }
        // A homonym is settled only when exactly one candidate has its parent named elsewhere in the text
        // (南京市 for 鼓楼区), or failing that, exactly one has its grandparent named.
        // Several backed candidates stay open, but only they remain: the common part of their chains is known
        // (河北省 for the two 新华区 of a text that cites 《河北省…》, not 平顶山's).
        var open = mention.candidates
        for depth in 1...2 {
            let backed = mention.candidates.filter { c in
                let chain = table.chain(of: c)
                return chain.count > depth && (support[chain[depth]] ?? 0) > 0
            }
            if backed.count == 1 { return resolution(of: backed[0]) }
            if backed.count > 1 { open = backed; break }
        }
        let name = table.divisions[mention.candidates[0]].name
        let listed = open.map { c -> String in
            let names = table.chain(of: c).reversed().map { table.divisions[$0].name }.joined()
            return "\(table.divisions[c].code) \(names)"
        }.joined(separator: ", ")
        diagnostics.append(Diagnostic(.regionAmbiguous, stage: .extract,
                                      "ambiguous place name \(name): candidates \(listed); the division code goes only as deep as they agree"))
        var shared = Set(table.chain(of: open[0]))
        for c in open.dropFirst() { shared.formIntersection(table.chain(of: c)) }
        var r = RegionResolution()
        if let common = table.chain(of: open[0]).first(where: { shared.contains($0) }) {
            r = resolution(of: common)
        }
        r.level = table.divisions[mention.candidates[0]].level
        switch table.divisions[mention.candidates[0]].level {
        case .county: r.county = name
        case .prefecture: r.city = name
        default: break
        }
        return r
    }

    /// Infers the division from place evidence in the text: the best-supported province, then (unless the agency is
    /// provincial) prefecture, then (only for county-level agencies) county, each needing a unique maximum; lower
    /// levels need `minimumSupport` mentions.
    func infer(support: [Int: Int], agencyLevel: AdminLevel?, diagnostics: inout [Diagnostic]) -> RegionResolution? {
        /// The row with the unique highest support of at least `minimum`; warns on a tie.
        func best(_ rows: [Int], minimum: Int, what: String) -> Int? {
            let scored = rows.compactMap { r in support[r].map { (r, $0) } }.filter { $0.1 >= minimum }
            guard let top = scored.map(\.1).max() else { return nil }
            let winners = scored.filter { $0.1 == top }
            if winners.count > 1 {
                let names = winners.map { table.divisions[$0.0].name }.sorted().joined(separator: "/")
                diagnostics.append(Diagnostic(.regionAmbiguous, stage: .extract,
                                              "\(what) evidence is split between \(names) (\(top) mentions each); left empty"))
                return nil
            }
            return winners[0].0
        }
        let provinces = support.keys.filter { table.divisions[$0].level == .province }
        guard let province = best(provinces, minimum: 1, what: "province") else { return nil }
        var chosen = province
        // A provincial body's text names its cities often; they are not where the body sits.
        if agencyLevel != .province, !table.isMunicipality(province) {
            let prefectures = support.keys.filter { table.divisions[$0].level == .prefecture && table.parent(of: $0) == province }
            if let pref = best(prefectures, minimum: minimumSupport, what: "city") { chosen = pref }
        }
        if agencyLevel == .county, table.divisions[chosen].level != .province || table.isMunicipality(chosen) {
            let counties = support.keys.filter { table.divisions[$0].level == .county && table.parent(of: $0) == chosen }
            if let county = best(counties, minimum: minimumSupport, what: "county") { chosen = county }
        }
        return resolution(of: chosen)
    }
}
