/// Where a term group of a trigger pattern is looked for.
enum TermScope: Sendable, Equatable {
    /// One of the phrases must occur in the number's own clause.
    case clause
    /// One of the phrases must occur in the clause or earlier in the same sentence (prefix `<`).
    case sentence
    /// None of the phrases may occur in the clause (prefix `!`).
    case absent
}
