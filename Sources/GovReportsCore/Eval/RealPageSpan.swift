/// The stretch of a real page's body in which every numeric mention is annotated (`span` in `evaldata.jsonl`):
/// from the first occurrence of `first` to the end of the first occurrence of `last` after it.
public struct RealPageSpan: Codable, Sendable, Equatable {
    /// The first characters of the stretch.
    public var first: String
    /// The last characters of the stretch.
    public var last: String

    /// The stretch as scalar offsets `[start, end)` into `text`, or nil when either end is not found. Both ends are
    /// width-folded and matched with whitespace ignored, since the page text joins paragraphs and cells that the
    /// normalized text keeps on separate lines.
    public func range(in text: String) -> Range<Int>? {
        // Scalars without whitespace, each with its offset in the original text.
        var letters: [Unicode.Scalar] = []
        var offsets: [Int] = []
        for (i, s) in text.unicodeScalars.enumerated() where !s.properties.isWhitespace {
            letters.append(s)
            offsets.append(i)
        }
        func key(_ s: String) -> [Unicode.Scalar] { WidthFolder.fold(s).unicodeScalars.filter { !$0.properties.isWhitespace } }
        func find(_ needle: [Unicode.Scalar], from: Int) -> Int? {
            guard !needle.isEmpty, needle.count <= letters.count else { return nil }
            var i = from
            while i + needle.count <= letters.count {
                if letters[i] == needle[0] && Array(letters[i..<i + needle.count]) == needle { return i }
                i += 1
            }
            return nil
        }
        let head = key(first), tail = key(last)
        guard let lo = find(head, from: 0), let hiAt = find(tail, from: lo) else { return nil }
        return offsets[lo]..<(offsets[hiAt + tail.count - 1] + 1)
    }
}
