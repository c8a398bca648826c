/// A hedge word around a number (`约`, `余`, `左右`) from `approx.json`.
public struct ApproxMarker: Codable, Sendable, Equatable {
    /// The marker as written.
    public var text: String
    /// What the dataset records (`超过` → `超`).
    public var approx: String
    /// Words that, written just before the marker, make it part of another word (`签约`).
    public var notAfter: [String]?
    /// Words that, written just after the marker, make it part of another word (`上下功夫`).
    public var notBefore: [String]?
}
