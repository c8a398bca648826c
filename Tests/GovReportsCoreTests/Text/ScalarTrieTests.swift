import Testing
@testable import GovReportsCore

/// The flat-table trie finds the longest word, within the end bound, whether built at once or word by word.
@Suite struct ScalarTrieTests {
    /// Division-like names sharing prefixes.
    static let names = ["福州市", "福州", "鼓楼区", "鼓楼", "北京市", "北京市东城区", "和县", "城区"]

    /// Built from entries, the trie answers like one built by single insertions; the end bound cuts matches short.
    @Test func entriesMatchInsertionsAndRespectTheEnd() {
        let bulk = ScalarTrie(entries: Self.names.enumerated().map { ($0.element, $0.offset) })
        var single = ScalarTrie()
        for (i, name) in Self.names.enumerated() { single.insert(name, payload: i) }
        let text = Array("在北京市东城区和福州市鼓楼区城区".unicodeScalars)
        for start in text.indices {
            for end in start...text.count {
                let a = bulk.longestMatch(in: text, at: start, end: end)
                let b = single.longestMatch(text.map(\.value), at: start)
                #expect(a.map { $0.end <= end } ?? true)
                if end == text.count { #expect(a == b, "at \(start)") }
            }
        }
        #expect(bulk.longestMatch(in: text, at: 1, end: text.count) == ScalarTrie.Hit(payload: 5, end: 7))
        #expect(bulk.longestMatch(in: text, at: 1, end: 5) == ScalarTrie.Hit(payload: 4, end: 4))
        #expect(bulk.longestMatch(in: text, at: 1, end: 3) == nil)
        #expect(bulk.longestMatch(in: text, at: 0, end: text.count) == nil)
    }
}
