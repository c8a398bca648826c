/// Every literal phrase of the codebook, compiled once and indexed by first scalar for a single pass over a window.
struct PhraseTable: Sendable {
    /// Phrases as scalar arrays, by id.
    private(set) var phrases: [[Unicode.Scalar]] = []
    /// Phrase ids by the phrase's first scalar, longest first.
    private var byFirst: [UInt32: [Int]] = [:]
    /// Id of each distinct phrase text.
    private var ids: [String: Int] = [:]

    /// Adds a phrase (once) and returns its id.
    mutating func intern(_ phrase: String) -> Int {
        if let id = ids[phrase] { return id }
        let scalars = Array(phrase.unicodeScalars)
        let id = phrases.count
        phrases.append(scalars)
        ids[phrase] = id
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
            if let candidates = byFirst[text[i].value] {
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
