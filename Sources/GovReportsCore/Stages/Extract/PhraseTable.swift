/// Every literal phrase of the codebook, compiled once and indexed by first scalar for a single pass over a window.
struct PhraseTable: Sendable {
    /// Phrases as scalar arrays, by id.
    private(set) var phrases: [[Unicode.Scalar]] = []
    /// Phrase ids by the phrase's first scalar, longest first.
    private var byFirst: [UInt32: [Int]] = [:]
    /// Id of each distinct phrase text.
    private var ids: [String: Int] = [:]
    /// One bit per BMP scalar that begins some phrase: most window positions fail here without hashing.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    /// Whether some phrase begins with a scalar outside the BMP (those skip the bitmap test).
    private var hasAstralFirst = false

    /// Adds a phrase (once) and returns its id.
    mutating func intern(_ phrase: String) -> Int {
        if let id = ids[phrase] { return id }
        let scalars = Array(phrase.unicodeScalars)
        let id = phrases.count
        phrases.append(scalars)
        ids[phrase] = id
        let head = scalars[0].value
        if head < 0x10000 { firstBits[Int(head >> 6)] |= 1 << UInt64(head & 63) } else { hasAstralFirst = true }
        var list = byFirst[scalars[0].value, default: []]
        list.append(id)
        // Longest first, so a window scan reports the most specific phrase first at each offset.
        list.sort { phrases[$0].count > phrases[$1].count }
        byFirst[scalars[0].value] = list
        return id
    }

    /// Every occurrence of every phrase that lies wholly inside `range` of `text`.
    func hits(in text: [Unicode.Scalar], range: Range<Int>) -> [PhraseHit] {
        var out: [PhraseHit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let head = text[i].value
            let mayStart = head < 0x10000 ? firstBits[Int(head >> 6)] & (1 << UInt64(head & 63)) != 0 : hasAstralFirst
            if mayStart, let candidates = byFirst[head] {
                for id in candidates {
                    let p = phrases[id]
                    guard i + p.count <= range.upperBound else { continue }
                    var k = 1
                    while k < p.count && text[i + k] == p[k] { k += 1 }
                    if k == p.count { out.append(PhraseHit(phrase: id, start: i, end: i + p.count)) }
                }
            }
            i += 1
        }
        return out
    }
}
