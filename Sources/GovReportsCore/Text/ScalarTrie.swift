/// A trie over Unicode scalar values for longest-match lookups in a scalar buffer, built once per scanner.
///
/// Edges live in one flat open-addressing table keyed by (node, scalar) with a multiplicative hash:
/// a lookup is a multiply and usually one probe, several times cheaper than `Dictionary`'s SipHash. Building
/// inserts into the same table (doubling it as it fills), so thousands of words cost no hashing either.
struct ScalarTrie: Sendable {
    /// Marks an empty slot in `keys` (no real edge has this key: scalars stay below 2^21).
    private static let emptyKey = UInt64.max
    /// Edges in the table.
    private var edgeCount = 0
    /// Payload stored at each node, -1 where no word ends.
    private var payloads: [Int32] = [-1]
    /// Flat edge table: keys.
    private var keys: [UInt64] = [ScalarTrie.emptyKey]
    /// Flat edge table: child node of the edge in the same slot.
    private var children: [Int32] = [0]
    /// Table size minus one (size is a power of two).
    private var mask = 0
    /// One bit per BMP scalar that begins some word: most positions fail here without a hash probe.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    /// Whether some word begins with a scalar outside the BMP (those skip the bitmap test).
    private var hasAstralFirst = false
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
        self.init(entries: words.enumerated().map { ($0.element, $0.offset) })
    }

    /// Creates a trie over words with the given payloads, laying out the edge table once (thousands of names).
    init(entries: [(word: String, payload: Int)]) {
        for entry in entries { add(entry.word, payload: entry.payload) }
    }

    /// Adds a word; the first payload given for a word wins.
    mutating func insert(_ word: String, payload: Int) {
        add(word, payload: payload)
    }

    /// Adds a word's edges and payload.
    private mutating func add(_ word: String, payload: Int) {
        // Walk the scalars in place (no array per word).
        guard let head = word.unicodeScalars.first?.value else { return }
        if head < 0x10000 { firstBits[Int(head >> 6)] |= 1 << UInt64(head & 63) } else { hasAstralFirst = true }
        var node: Int32 = 0
        var length = 0
        for unicodeScalar in word.unicodeScalars {
            let scalar = unicodeScalar.value
            length += 1
            let next = child(node, scalar)
            if next >= 0 {
                node = next
            } else {
                payloads.append(-1)
                let added = Int32(payloads.count - 1)
                addEdge(UInt64(node) << 32 | UInt64(scalar), child: added)
                node = added
            }
        }
        if payloads[Int(node)] < 0 { payloads[Int(node)] = Int32(payload) }
        maxLength = max(maxLength, length)
    }

    /// Puts a new edge in the flat table, first doubling the table when the edge would fill it past one half.
    private mutating func addEdge(_ key: UInt64, child: Int32) {
        edgeCount += 1
        if edgeCount * 2 > keys.count {
            let oldKeys = keys, oldChildren = children
            var size = keys.count * 2
            while size < edgeCount * 2 { size *= 2 }
            keys = [UInt64](repeating: Self.emptyKey, count: size)
            children = [Int32](repeating: 0, count: size)
            mask = size - 1
            for (slot, old) in oldKeys.enumerated() where old != Self.emptyKey { place(old, child: oldChildren[slot]) }
        }
        place(key, child: child)
    }

    /// Stores an edge in the first free slot from its home slot (the table has room).
    private mutating func place(_ key: UInt64, child: Int32) {
        var slot = Self.slot(key, mask)
        while keys[slot] != Self.emptyKey { slot = (slot + 1) & mask }
        keys[slot] = key
        children[slot] = child
    }

    /// Home slot of an edge key.
    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` along `scalar`, or -1.
    @inline(__always)
    private func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
        let key = UInt64(node) << 32 | UInt64(scalar)
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { return children[slot] }
            if found == Self.emptyKey { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether some word may begin with `scalar` (exact for BMP scalars).
    @inline(__always)
    func mayStart(with scalar: UInt32) -> Bool {
        scalar < 0x10000 ? firstBits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 : hasAstralFirst
    }

    /// The longest word starting at `start` in `buffer`, if any.
    func longestMatch(_ buffer: [UInt32], at start: Int) -> Hit? {
        guard start < buffer.count, mayStart(with: buffer[start]) else { return nil }
        var node: Int32 = 0
        var best: Hit?
        var index = start
        while index < buffer.count {
            node = child(node, buffer[index])
            if node < 0 { break }
            index += 1
            let payload = payloads[Int(node)]
            if payload >= 0 { best = Hit(payload: Int(payload), end: index) }
        }
        return best
    }

    /// The longest word starting at `start` and ending at or before `end` in a scalar array, if any.
    func longestMatch(in a: [Unicode.Scalar], at start: Int, end: Int) -> Hit? {
        guard start < end, mayStart(with: a[start].value) else { return nil }
        var node: Int32 = 0
        var best: Hit?
        var index = start
        while index < end {
            node = child(node, a[index].value)
            if node < 0 { break }
            index += 1
            let payload = payloads[Int(node)]
            if payload >= 0 { best = Hit(payload: Int(payload), end: index) }
        }
        return best
    }

    /// For a trie built over reversed words whose payloads are classes 0–7: per class, the length of the longest word
    /// that ends just before `end` in `buffer` (0: none), read in one backward walk.
    func longestEndings(_ buffer: [UInt32], before end: Int) -> SIMD8<Int32> {
        var lengths = SIMD8<Int32>()
        var node: Int32 = 0
        var index = end - 1
        var length: Int32 = 0
        while index >= 0 {
            node = child(node, buffer[index])
            if node < 0 { break }
            length += 1
            let payload = payloads[Int(node)]
            if payload >= 0 && payload < 8 { lengths[Int(payload)] = length }
            index -= 1
        }
        return lengths
    }

    /// Whether some word starting at `start` ends after `limit` (so it covers position `limit`).
    func hasMatch(_ buffer: [UInt32], at start: Int, endingAfter limit: Int) -> Bool {
        guard start < buffer.count, mayStart(with: buffer[start]) else { return false }
        var node: Int32 = 0
        var index = start
        while index < buffer.count {
            node = child(node, buffer[index])
            if node < 0 { return false }
            index += 1
            if payloads[Int(node)] >= 0 && index > limit { return true }
        }
        return false
    }
}
