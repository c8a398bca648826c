/// Bracketed notes saying what a count includes (`申请(含上年结转)142件`, `法律顾问（含公职律师）45名`): their words
/// name a part of the figure, not its measure, so the indicator matcher reads no trigger or exclusion inside them.
enum InclusionNote {
    /// Words that open such a note right after the bracket.
    static let openers: [[Unicode.Scalar]] = ["含", "包括", "包含", "不含", "均含"].map { Array($0.unicodeScalars) }
    /// Opening brackets (ASCII and full-width; the rule view folds full-width ones, both are accepted). A two-element
    /// array, not a set: the matcher tests every scalar of each window against it, and hashing each was most of it.
    static let opening: [Unicode.Scalar] = ["(", "（"]
    /// Closing brackets.
    static let closing: [Unicode.Scalar] = [")", "）"]
    /// Longest note read, in scalars, brackets included: a longer bracket is no short inclusion note.
    static let maxLength = 24

    /// The notes lying wholly in `range` of `text`, as ranges including their brackets.
    static func notes(in text: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard opening.contains(text[i]), opens(text, at: i + 1) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < range.upperBound, j - i < maxLength, !closing.contains(text[j]), !opening.contains(text[j]) { j += 1 }
            if j < range.upperBound, closing.contains(text[j]) {
                found.append(i..<(j + 1))
                i = j + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether an opener word starts at `index`.
    static func opens(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        openers.contains { word in
            index + word.count <= text.count && text[index..<(index + word.count)].elementsEqual(word)
        }
    }

    /// `hits` without those inside one of `notes`.
    static func outside(_ hits: [PhraseHit], _ notes: [Range<Int>]) -> [PhraseHit] {
        guard !notes.isEmpty else { return hits }
        return hits.filter { h in !notes.contains { $0.lowerBound <= h.start && h.end <= $0.upperBound } }
    }
}
