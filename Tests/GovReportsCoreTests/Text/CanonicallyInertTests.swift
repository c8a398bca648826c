import GovReportsBench
import Testing
@testable import GovReportsCore

/// `CanonicallyInert` and `ByteKeyedString`: for inert strings byte equality and hashing agree with `String`'s
/// canonical equivalence, and every scalar that can compose, decompose or reorder is refused.
@Suite struct CanonicallyInertTests {
    /// Scalars refused: combining marks, NFC-unstable spaces and compatibility ideographs, tone and kana voicing
    /// marks, Hangul, Latin Extended Additional, emoji; accepted: report text.
    @Test func refusesWhatCanCompose() {
        for s in ["e\u{301}", "\u{300}", "a\u{2000}b", "\u{2001}", "\u{302A}", "\u{3099}", "\u{F900}", "\u{AC00}",
                  "\u{1E9B}", "\u{1F600}", "\u{200B}", "\u{FFF0}", "\u{0958}", "\u{212B}"] {
            #expect(!CanonicallyInert.check(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for s in ["", "abc 123", "é ü ß ǿ", "全年办理行政许可120件，按时办结率100％。", "“依法行政”—…", "　、。〈〉【】〔〕",
                  "ＡＢＣ１２３（）", "\u{4000}\u{9FFF}\u{3029}\u{3030}\u{FFEF}\u{2010}\u{206F}\u{02FF}"] {
            #expect(CanonicallyInert.check(s), "\(s)")
        }
    }

    /// On random strings of inert and non-inert scalars, two inert strings are `==` exactly when their bytes are,
    /// and `ByteKeyedString` hashes equal strings alike.
    @Test func byteEqualityIsCanonicalEqualityForInertStrings() {
        let pool: [Unicode.Scalar] = ["a", "e", "\u{E9}", "\u{301}", "\u{2000}", "\u{2002}", "\u{3000}", "\u{302A}",
                                      "\u{4E00}", "\u{9FA5}", "\u{F900}", "\u{8C48}", "\u{FF10}", "\u{AC00}", "\u{1100}", "\u{1161}"]
        var rng = SeededGenerator(seed: 21)
        var inertPairs = 0
        for _ in 0..<20_000 {
            let a = String(String.UnicodeScalarView((0..<Int.random(in: 0...4, using: &rng)).map { _ in pool.randomElement(using: &rng)! }))
            let b = String(String.UnicodeScalarView((0..<Int.random(in: 0...4, using: &rng)).map { _ in pool.randomElement(using: &rng)! }))
            guard CanonicallyInert.check(a) && CanonicallyInert.check(b) else { continue }
            inertPairs += 1
            #expect((a == b) == (ByteKeyedString(string: a) == ByteKeyedString(string: b)))
            if a == b { #expect(ByteKeyedString(string: a).hashValue == ByteKeyedString(string: b).hashValue) }
        }
        #expect(inertPairs > 1000)
    }

    /// Duplicate paragraphs: the byte path reports what `Set<String>` reported; a body with a canonically equal
    /// but byte-different copy (é composed and decomposed) still counts it, through Swift's own equality.
    @Test func duplicateParagraphsKeepCanonicalEquality() {
        let p = String(repeating: "全年共办理行政许可事项，按时办结率达到百分之百。", count: 2)
        let q = String(repeating: "组织开展法治宣传活动，发放宣传资料，受益群众众多。", count: 2)
        let inert = DuplicateParagraphs.diagnostic([p, q, "短行", p, q, p])
        #expect(inert == "duplicate-paragraphs: 3 paragraph(s) occur twice or more in the body (first: \(String(p.unicodeScalars.prefix(30))))")
        #expect(DuplicateParagraphs.diagnostic([p, q]) == nil)
        let composed = p + "caf\u{E9}", decomposed = p + "cafe\u{301}"
        #expect(composed == decomposed && !composed.utf8.elementsEqual(decomposed.utf8))
        #expect(DuplicateParagraphs.diagnostic([composed, q, decomposed])?.hasPrefix("duplicate-paragraphs: 1 paragraph(s)") == true)
    }
}
