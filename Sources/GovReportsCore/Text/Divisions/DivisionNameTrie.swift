/// A scalar trie over division names for longest-match scanning of text.
struct DivisionNameTrie: Sendable {
    /// Children of each node, keyed by scalar value.
    private var children: [[UInt32: Int32]] = [[:]]
    /// For each node, the payload id of the name ending there, or -1.
    private var payload: [Int32] = [-1]

    /// Creates an empty trie.
    init() {}

    /// Adds `name` with the given payload id.
    mutating func insert(_ name: String, id: Int) {
        var node = 0
        for s in name.unicodeScalars {
            if let next = children[node][s.value] {
                node = Int(next)
            } else {
                children.append([:])
                payload.append(-1)
                let next = children.count - 1
                children[node][s.value] = Int32(next)
                node = next
            }
        }
        payload[node] = Int32(id)
    }

    /// Longest name starting at `i` (ending before `end`): its length and payload id.
    func longestMatch(in a: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, id: Int)? {
        var node = 0
        var best: (Int, Int)?
        var j = i
        while j < end, let next = children[node][a[j].value] {
            node = Int(next)
            j += 1
            if payload[node] >= 0 { best = (j - i, Int(payload[node])) }
        }
        return best
    }
}
