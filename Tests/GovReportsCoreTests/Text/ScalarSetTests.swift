import Testing
@testable import GovReportsCore

/// The bitmap set answers exactly like `Set<Unicode.Scalar>`, inside and outside its bitmap and beyond the BMP.
@Suite struct ScalarSetTests {
    /// Members from ASCII, CJK punctuation, full-width forms and an astral ideograph; probes around each.
    @Test func agreesWithSet() {
        let members: [Unicode.Scalar] = ["、", "。", "，", "(", "（", "）", "〔", "〕", "a", "\u{20000}", "\u{FFFF}"]
        let reference = Set(members)
        let set = ScalarSet(members)
        var probes: [Unicode.Scalar] = members
        for m in members {
            for delta in [-65, -64, -1, 1, 63, 64] {
                if let s = Unicode.Scalar(Int(m.value) + delta) { probes.append(s) }
            }
        }
        probes += ["\u{0}", "\u{10FFFF}", "\u{20001}", "法", "z"]
        for p in probes {
            #expect(set.contains(p) == reference.contains(p), "U+\(String(p.value, radix: 16))")
        }
    }

    /// An empty set contains nothing, and a set of only astral scalars still finds them.
    @Test func emptyAndAstralOnly() {
        #expect(!ScalarSet([Unicode.Scalar]()).contains("a"))
        let astral = ScalarSet(["\u{1F600}"] as [Unicode.Scalar])
        #expect(astral.contains("\u{1F600}"))
        #expect(!astral.contains("a"))
        #expect(!astral.contains("\u{1F601}"))
    }
}
