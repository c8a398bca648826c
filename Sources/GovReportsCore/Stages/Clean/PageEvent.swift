/// One step of a parsed page in document order, as the SAX parser reported it (drop subtrees left out).
enum PageEvent: Sendable {
    /// An element opens (its index in the walk's stats).
    case start(Int32)
    /// An element closes.
    case end(Int32)
    /// A text node: a byte range of the walk's text arena (adjacent character callbacks merged, as libxml2's
    /// tree builder merges them into one node).
    case text(Int32, Int32)
}
