/// A possible heading marker found at a line or sentence start, before sequence checking.
struct HeadingCandidate: Sendable, Equatable {
    /// 1 `一、`, 2 `(一)`, 3 `1.`, 4 `一是`.
    var level: Int
    /// The ordinal value.
    var ordinal: Int
    /// Offset of the marker.
    var start: Int
    /// Offset after the marker.
    var markerEnd: Int
    /// Path token (`一`, `(三)`, `1`, `一是`).
    var token: String
}
