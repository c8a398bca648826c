/// Recognizes agency names (`厦门市海沧区民政局`, `市民政局`) in scalar text using the metadata rules.
struct AgencyFinder: Sendable {
    /// Suffixes as scalar arrays, longest first.
    private let suffixes: [[Unicode.Scalar]]
    /// Continuations as scalar arrays, longest first.
    private let continuations: [[Unicode.Scalar]]
    /// Stop words as scalar arrays.
    private let stops: [[Unicode.Scalar]]
    /// Scalars that end a name.
    private let forbidden: ScalarSet
    /// Forbidden scalars that may instead join two words inside one name (`和` in `住房和城乡建设局`).
    private let conjunctions: ScalarSet
    /// Fewest scalars on each side of a joining conjunction.
    private let conjunctSide: Int
    /// Longest name considered.
    private let maxLength: Int

    /// Prepares the scalar tables once.
    init(rules: MetadataRules) {
        /// Words as scalar arrays, longest first so the longest word matches first.
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
            words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        }
        suffixes = scalars(rules.agencySuffixes)
        continuations = scalars(rules.agencyContinuations)
        stops = scalars(rules.agencyStops)
        forbidden = ScalarSet(rules.agencyForbidden.unicodeScalars)
        conjunctions = ScalarSet(rules.agencyConjunctions.unicodeScalars)
        conjunctSide = rules.agencyConjunctSide
        maxLength = rules.agencyMaxLength
    }

    /// End offset of the shortest agency name starting at `start` (extended by continuations), or nil.
    ///
    /// A conjunction (`和`) ends the scan like any forbidden scalar, except inside one name: the name is the
    /// shortest, so when the scan meets `和` no complete name precedes it (`市民政局和…` already ended at `局`); if at
    /// least `conjunctSide` scalars precede it and as many follow it before a suffix (`住房` 和 `城乡建设` 局), it joins
    /// two words of one name. One conjunction per name at most.
    ///
    /// `a[start..<placeEnd]` is a division name the caller has recognized (`广州市从化区`): its scalars are a place's,
    /// so a forbidden scalar or a stop word inside it (`从` of 从化, `和` of 和平区, `于` of 于都县) does not end the name.
    func nameEnd(in a: [Unicode.Scalar], from start: Int, end: Int, placeEnd: Int? = nil) -> Int? {
        let limit = min(end, start + maxLength)
        var j = start
        // The place's scalars are skipped; a suffix may still stand right after it (`和平区政府`).
        if let placeEnd, placeEnd > start, placeEnd < limit {
            guard (start..<placeEnd).allSatisfy({ HanNumeral.isHan(a[$0]) }) else { return nil }
            j = placeEnd
        }
        // Where the part after a joining conjunction starts (nil: none met yet).
        var joined: Int?
        while j < limit, HanNumeral.isHan(a[j]) {
            if forbidden.contains(a[j]) {
                guard joined == nil, conjunctions.contains(a[j]), j - start >= conjunctSide else { return nil }
                joined = j + 1
                j += 1
                continue
            }
            if j > start, stops.contains(where: { Self.has($0, in: a, at: j, end: limit) }) { return nil }
            if let suffix = suffixes.first(where: { Self.has($0, in: a, at: j, end: limit) }), j > start {
                if let joined, j - joined < conjunctSide { return nil }
                var e = j + suffix.count
                while let c = continuations.first(where: { Self.has($0, in: a, at: e, end: limit) }) { e += c.count }
                return e
            }
            j += 1
        }
        return nil
    }

    /// Whether `a[start..<end]` is Han scalars without a name-ending scalar (a joining conjunction aside) that end in
    /// an agency suffix or continuation: the shape of a body's name inside another (`…全面依法治市委员会办公室`).
    func endsAsName(_ a: [Unicode.Scalar], from start: Int, end: Int) -> Bool {
        guard end > start else { return false }
        for k in start..<end where !HanNumeral.isHan(a[k]) || (forbidden.contains(a[k]) && !conjunctions.contains(a[k])) {
            return false
        }
        return (suffixes + continuations).contains { $0.count < end - start && Self.has($0, in: a, at: end - $0.count, end: end) }
    }

    /// Whether a word of `words` occurs in `a[from..<to]`.
    static func containsAny(_ words: [[Unicode.Scalar]], in a: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            if words.contains(where: { has($0, in: a, at: i, end: to) }) { return true }
            i += 1
        }
        return false
    }

    /// Whether `word` occurs at `i`.
    static func has(_ word: [Unicode.Scalar], in a: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        guard i + word.count <= end else { return false }
        for k in 0..<word.count where a[i + k] != word[k] { return false }
        return true
    }
}
