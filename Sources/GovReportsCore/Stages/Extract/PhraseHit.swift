/// One occurrence of a codebook phrase in the text: which phrase and where (scalar offsets, end exclusive).
struct PhraseHit: Sendable, Equatable {
    /// Index of the phrase in its `PhraseTable`.
    var phrase: Int
    /// Start offset.
    var start: Int
    /// End offset (exclusive).
    var end: Int
}
