/// The three positions a hedge can take around a number, as stored in `approx.json`.
public struct ApproxMarkerTable: Codable, Sendable, Equatable {
    /// Markers written before the number (`约`, `近`, `超过`).
    public var prefix: [ApproxMarker]
    /// Markers between the number and its unit or multiplier (`10余场`, `20多万`).
    public var infix: [ApproxMarker]
    /// Markers after the unit (`左右`, `以上`).
    public var suffix: [ApproxMarker]
}
