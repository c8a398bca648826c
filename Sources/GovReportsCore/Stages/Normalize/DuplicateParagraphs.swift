/// Finds paragraphs that occur more than once in a body (a print view or a second copy of the content box).
enum DuplicateParagraphs {
    /// A `duplicate-paragraphs:` diagnostic naming how many long paragraphs repeat and the first of them, or nil.
    static func diagnostic(_ lines: [String]) -> String? {
        let long = lines.filter { $0.utf8.count >= BodyCheck.duplicateMinBytes }
        // Report text is almost always canonically inert, and then bytes decide equality: hashing `String` (an NFC
        // check of every scalar on every hash) was three quarters of normalize. Otherwise Swift's own equality.
        let (repeated, first) = long.allSatisfy(CanonicallyInert.check)
            ? repeats(long.map(ByteKeyedString.init), \.string) : repeats(long, \.self)
        guard repeated > 0, let first else { return nil }
        return "\(BodyCheck.duplicateCode): \(repeated) paragraph(s) occur twice or more in the body (first: \(String(first.unicodeScalars.prefix(30))))"
    }

    /// How many of `lines` equal an earlier one, and the first such line.
    static func repeats<Key: Hashable>(_ lines: [Key], _ text: (Key) -> String) -> (Int, String?) {
        var seen = Set<Key>(minimumCapacity: lines.count)
        var repeated = 0
        var first: String?
        for line in lines where !seen.insert(line).inserted {
            repeated += 1
            if first == nil { first = text(line) }
        }
        return (repeated, first)
    }
}
