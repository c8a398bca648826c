/// What a page walk does after entering a node.
enum WalkStep {
    /// Visit the node's children.
    case descend
    /// Skip the children (the node is still exited).
    case skip
    /// End the walk now.
    case stop
}
