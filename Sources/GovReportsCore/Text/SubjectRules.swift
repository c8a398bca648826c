/// How the best-effort subject of a quantity is cut out, as stored in `subject.json`.
public struct SubjectRules: Codable, Sendable, Equatable {
    /// Longest subject kept, in characters.
    public var maxLength: Int
    /// Shortest subject kept, in characters; shorter ones are dropped.
    public var minLength: Int
    /// Verbs and particles that bound a subject phrase.
    public var stopWords: [String]
}
