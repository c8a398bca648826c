/// Sentence boundaries of a text, for attaching the containing sentence to a mention.
public struct SentenceIndex: Sendable {
    /// Scalars of the text.
    let scalars: [Unicode.Scalar]
    /// Offsets just past each sentence end (sorted).
    let ends: [Int]

    /// Whether a scalar ends a sentence: 。！？；!?; and the line break.
    @inline(__always)
    static func isTerminator(_ value: UInt32) -> Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x0A: return true
        default: return false
        }
    }

    /// Indexes the sentence ends of `scalars`.
    public init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var ends: [Int] = []
        for (i, s) in scalars.enumerated() where Self.isTerminator(s.value) { ends.append(i + 1) }
        self.ends = ends
    }

    /// Scalars a sentence may reach before a mention and after it. Report sentences are far shorter (the samples'
    /// longest is 127); without the cap a run-on line with no sentence end would be copied whole into each of
    /// its mentions, quadratic in the line's length.
    static let maxReach = 256

    /// The sentence containing the range `start..<end`, trimmed of the newline and of text beyond `maxReach`.
    public func sentence(containing start: Int, _ end: Int) -> String {
        let lower = max(lastEnd(atOrBefore: start), start - Self.maxReach)
        let upper = min(firstEnd(after: max(start, end - 1)) ?? scalars.count, end + Self.maxReach)
        let sentence = ScalarString.make(scalars[lower..<upper].lazy.filter { $0.value != 0x0A })
        // Only a space scalar can make a space Character, so without one at either end there is nothing to trim.
        guard sentence.utf8.first == 0x20 || sentence.utf8.last == 0x20 else { return sentence }
        return sentence.trimmingSpaces()
    }

    /// Greatest sentence end ≤ offset (0 when none).
    func lastEnd(atOrBefore offset: Int) -> Int {
        var lo = 0, hi = ends.count
        while lo < hi { let mid = (lo + hi) / 2; if ends[mid] <= offset { lo = mid + 1 } else { hi = mid } }
        return lo == 0 ? 0 : ends[lo - 1]
    }

    /// Smallest sentence end > offset.
    func firstEnd(after offset: Int) -> Int? {
        var lo = 0, hi = ends.count
        while lo < hi { let mid = (lo + hi) / 2; if ends[mid] <= offset { lo = mid + 1 } else { hi = mid } }
        return lo < ends.count ? ends[lo] : nil
    }
}

/// Small text helpers for sentences.
extension String {
    /// Trims ASCII spaces at both ends.
    func trimmingSpaces() -> String {
        var v = Substring(self)
        while v.first == " " { v = v.dropFirst() }
        while v.last == " " { v = v.dropLast() }
        return String(v)
    }
}
