/// Finds paragraphs that occur more than once in a body (a print view or a second copy of the content box).
enum DuplicateParagraphs {
    /// A `duplicate-paragraphs:` diagnostic naming how many long paragraphs repeat and the first of them, or nil.
    static func diagnostic(_ lines: [String]) -> String? {
        var seen = Set<String>()
        var repeated = 0
        var first: String?
        for line in lines where line.utf8.count >= BodyCheck.duplicateMinBytes {
            if !seen.insert(line).inserted {
                repeated += 1
                if first == nil { first = line }
            }
        }
        guard repeated > 0, let first else { return nil }
        return "\(BodyCheck.duplicateCode): \(repeated) paragraph(s) occur twice or more in the body (first: \(String(first.unicodeScalars.prefix(30))))"
    }
}
