import Testing
import GovReportsBench
@testable import GovReportsCore

/// `ScalarString.make` writes exactly the string `String(String.UnicodeScalarView(run))` builds.
@Suite struct ScalarStringTests {
    /// Runs over one-, two-, three- and four-byte scalars, the edges of each width, empty and slices.
    @Test func matchesUnicodeScalarView() {
        let alphabet: [Unicode.Scalar] = ["a", "\u{0}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "法", "\u{FFFF}",
                                          "\u{10000}", "\u{1F600}", "\u{10FFFF}", "\u{301}", " "]
        var generator = SeededGenerator(seed: 7)
        for length in [0, 1, 2, 5, 40, 300] {
            let run = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let expected = String(String.UnicodeScalarView(run))
            #expect(ScalarString.make(run) == expected)
            #expect(Array(ScalarString.make(run).unicodeScalars) == run)
            if length > 2 {
                let slice = run[1..<(length - 1)]
                #expect(Array(ScalarString.make(slice).unicodeScalars) == Array(slice))
            }
        }
    }
}
