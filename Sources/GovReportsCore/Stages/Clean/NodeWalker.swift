import CLibXML2

/// Visits a libxml2 subtree in document order without recursion: parent links stand in for a stack,
/// so pathological nesting cannot overflow a worker thread's stack.
enum NodeWalker {
    /// What to do after entering a node.
    enum Step {
        /// Visit the node's children.
        case descend
        /// Skip the children (the node is still exited).
        case skip
        /// End the walk now.
        case stop
    }

    /// Calls `enter` before a node's children and `exit` after them (also for skipped nodes).
    @inline(__always)
    static func walk(_ root: xmlNodePtr, enter: (xmlNodePtr) -> Step, exit: (xmlNodePtr) -> Void) {
        var node = root
        while true {
            switch enter(node) {
            case .stop:
                return
            case .descend:
                if let child = node.pointee.children {
                    node = child
                    continue
                }
            case .skip:
                break
            }
            var current = node
            while true {
                exit(current)
                if current == root { return }
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent else { return }
                current = parent
            }
        }
    }
}
