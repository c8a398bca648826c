/// A trie over Unicode scalar values for longest-match lookups in a scalar buffer, built once per scanner.
struct ScalarTrie: Sendable {
    /// Children of each node, keyed by scalar value.
    private var children: [[UInt32: Int32]] = [[:]]
    /// Payload stored at each node, -1 where no word ends.
    private var payloads: [Int32] = [-1]
    /// Length in scalars of the longest word inserted.
    private(set) var maxLength = 0

    /// A word found in the buffer: its payload and the index just after it.
    struct Hit: Sendable, Equatable {
        /// The payload given at insertion.
        var payload: Int
        /// Index just after the word in the buffer.
        var end: Int
    }

    /// Creates an empty trie.
    init() {}

    /// Creates a trie over words whose payload is their index in the array.
    init(_ words: [String]) {
        for (index, word) in words.enumerated() { insert(word, payload: index) }
    }

    /// Adds a word; the first payload given for a word wins.
    mutating func insert(_ word: String, payload: Int) {
        let scalars = word.unicodeScalars.map(\.value)
        guard !scalars.isEmpty else { return }
        var node = 0
        for scalar in scalars {
            if let next = children[node][scalar] {
                node = Int(next)
            } else {
                children.append([:])
                payloads.append(-1)
                let next = children.count - 1
                children[node][scalar] = Int32(next)
                node = next
            }
        }
        if payloads[node] < 0 { payloads[node] = Int32(payload) }
        maxLength = max(maxLength, scalars.count)
    }

    /// The longest word starting at `start` in `buffer`, if any.
    func longestMatch(_ buffer: [UInt32], at start: Int) -> Hit? {
        var node = 0
        var best: Hit?
        var index = start
        while index < buffer.count, let next = children[node][buffer[index]] {
            node = Int(next)
            index += 1
            if payloads[node] >= 0 { best = Hit(payload: Int(payloads[node]), end: index) }
        }
        return best
    }

    /// Whether some word starting at `start` ends after `limit` (so it covers position `limit`).
    func hasMatch(_ buffer: [UInt32], at start: Int, endingAfter limit: Int) -> Bool {
        var node = 0
        var index = start
        while index < buffer.count, let next = children[node][buffer[index]] {
            node = Int(next)
            index += 1
            if payloads[node] >= 0 && index > limit { return true }
        }
        return false
    }
}
