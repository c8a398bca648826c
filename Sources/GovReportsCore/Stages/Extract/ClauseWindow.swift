/// The text a quantity's meaning is read from: its own clause on both sides of the number, and the sentence before.
struct ClauseWindow: Sendable, Equatable {
    /// From the clause start (previous boundary, previous quantity or `其中`) to the number.
    var left: Range<Int>
    /// From the end of the mention to the next boundary, `、` or quantity.
    var right: Range<Int>
    /// From the sentence start to the clause start (for `<` groups and the `其中` scope).
    var sentence: Range<Int>

    /// Clause ends on the left and right: , ; : ! ? (ASCII and full-width), 。 and the line end.
    static let clauseBreaks = ScalarSet(values: [0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x0A, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F])
    /// Sentence ends: 。 ; ! ? and the line end (ASCII and full-width).
    static let sentenceBreaks = ScalarSet(values: [0x3002, 0x3B, 0x21, 0x3F, 0x0A, 0xFF1B, 0xFF01, 0xFF1F])
    /// Semicolons (ASCII and full-width): they end a sentence, but not the enumeration a `其中` after them divides.
    static let semicolons = ScalarSet(values: [0x3B, 0xFF1B])
    /// `、` ends a clause on the right only: on the left a list of subjects still describes the number.
    static let enumerationComma: UInt32 = 0x3001
    /// What may stand between two quantities that share one clause: `、`, `/` and spaces.
    static let apposition = ScalarSet(values: [0x3001, 0x20, 0x2F])
    /// Scalars a clause may reach to the left of the number (run-on clauses without punctuation).
    static let maxLeft = 48
    /// Scalars a clause may reach to the right of the mention.
    static let maxRight = 24
    /// Scalars a sentence may reach to the left of the clause.
    static let maxSentence = 160
    /// `其中`: what follows in the sentence are parts of the total before it.
    static let subsetMarker: [Unicode.Scalar] = ["其", "中"]
    /// Words that, alone before the number, leave a clause without a subject of its own (`…比上年减少3件，为27件`,
    /// `同比增长30%，达52件`): the number is described by the clause before it.
    static let carriers: Set<[Unicode.Scalar]> = Set(["为", "达", "达到", "共", "共计", "合计", "计"].map { Array($0.unicodeScalars) })

    /// Computes the window of the mention `start..<end`, not crossing the neighbouring quantities.
    /// `previousStart..<previousEnd` is the quantity before; when only `、` or a space separates the two (`培训4期、
    /// 300余人次`), the pair shares one clause and the left side reaches past the previous quantity.
    init(text: [Unicode.Scalar], start: Int, end: Int, previousStart: Int, previousEnd: Int, nextStart: Int) {
        var l = start
        let leftLimit = max(previousEnd, start - Self.maxLeft, 0)
        while l > leftLimit, !Self.clauseBreaks.contains(text[l - 1]) { l -= 1 }
        if l == previousEnd, previousEnd > previousStart, previousEnd <= start,
           text[previousEnd..<start].allSatisfy({ Self.apposition.contains($0) }) {
            l = previousStart
            let limit = max(start - Self.maxLeft, 0)
            while l > limit, !Self.clauseBreaks.contains(text[l - 1]) { l -= 1 }
        }
        if let marker = Self.lastSubsetMarker(text, in: l..<start) { l = marker }
        var r = end
        let rightLimit = min(nextStart, end + Self.maxRight, text.count)
        while r < rightLimit, !Self.clauseBreaks.contains(text[r]), text[r].value != Self.enumerationComma { r += 1 }
        var s = l
        let sentenceLimit = max(l - Self.maxSentence, 0)
        while s > sentenceLimit, !Self.sentenceBreaks.contains(text[s - 1]) { s -= 1 }
        left = l..<start
        right = max(end, 0)..<max(r, end)
        sentence = s..<l
    }

    /// Whether the clause before the number holds nothing but a carrier word (spaces aside).
    func isCarrierOnly(_ text: [Unicode.Scalar]) -> Bool {
        Self.carriers.contains(text[left].filter { $0 != " " })
    }

    /// The window with its left side reaching over the quantity before it (starting at `previousStart`) to the start
    /// of that quantity's clause, as for two quantities in apposition; the sentence range follows.
    func joined(_ text: [Unicode.Scalar], previousStart: Int) -> ClauseWindow {
        var copy = self
        var l = min(previousStart, left.lowerBound)
        let limit = max(l - Self.maxLeft, 0)
        while l > limit, !Self.clauseBreaks.contains(text[l - 1]) { l -= 1 }
        var s = l
        let sentenceLimit = max(l - Self.maxSentence, 0)
        while s > sentenceLimit, !Self.sentenceBreaks.contains(text[s - 1]) { s -= 1 }
        copy.left = l..<left.upperBound
        copy.sentence = s..<l
        return copy
    }

    /// Offset just past the last `其中` inside `range`, if any.
    static func lastSubsetMarker(_ text: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        var i = range.upperBound - subsetMarker.count
        while i >= range.lowerBound {
            if text[i] == subsetMarker[0] && text[i + 1] == subsetMarker[1] { return i + subsetMarker.count }
            i -= 1
        }
        return nil
    }
}
