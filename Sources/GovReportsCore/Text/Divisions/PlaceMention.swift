/// A full division name found in text, with the rows it may denote.
struct PlaceMention: Sendable, Equatable {
    /// Offset of the name's first scalar.
    var start: Int
    /// Offset one past the name.
    var end: Int
    /// Candidate division rows; more than one when the name is ambiguous (`鼓楼区`).
    var candidates: [Int]
    /// Abolished rows of the same name, tried only when the name chain fits none of `candidates` (`莱芜市钢城区`).
    var older: [Int] = []
}
