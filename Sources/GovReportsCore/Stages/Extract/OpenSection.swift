/// A section whose extent is still open while the parser walks the text.
struct OpenSection: Sendable {
    /// Index into the parser's output array.
    var index: Int
    /// Heading level.
    var level: Int
}
