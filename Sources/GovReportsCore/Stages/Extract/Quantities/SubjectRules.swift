/// How the best-effort subject of a quantity is cut out, as stored in `subject.json`.
public struct SubjectRules: Codable, Sendable, Equatable {
    /// Longest subject kept, in characters.
    public var maxLength: Int
    /// Shortest subject kept, in characters; shorter ones are dropped.
    public var minLength: Int
    /// Verbs and particles that bound a subject phrase.
    public var stopWords: [String]
    /// Particles a phrase after the mention may not begin with (`1.5万的基础上` has no subject after it).
    public var neverFirst: [String]
}
