/// A full division name found in text, with the rows it may denote.
struct PlaceMention: Sendable, Equatable {
    /// Offset of the name's first scalar.
    var start: Int
    /// Offset one past the name.
    var end: Int
    /// Candidate division rows; more than one when the name is ambiguous (`鼓楼区`).
    var candidates: [Int]
}
