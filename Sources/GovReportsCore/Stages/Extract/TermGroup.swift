/// Alternatives of a trigger pattern (`A|B|C`): phrase ids and where they are looked for.
struct TermGroup: Sendable, Equatable {
    /// Phrase ids in the shared `PhraseTable`.
    var phrases: Set<Int>
    /// Clause, sentence or absent.
    var scope: TermScope
}
