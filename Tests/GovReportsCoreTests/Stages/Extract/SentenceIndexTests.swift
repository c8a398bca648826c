import Testing
@testable import GovReportsCore

/// The sentence attached to each mention: whole for real sentences, bounded for run-on lines.
@Suite struct SentenceIndexTests {
    /// A mention gets its own sentence, from the previous sentence end to the next, without the newline.
    @Test func realSentencesAreWhole() {
        let text = Array("前文。全年办理行政许可120件,开展普法活动15场。\n后文".unicodeScalars)
        let index = SentenceIndex(text)
        let start = 11 // 120件
        #expect(index.sentence(containing: start, start + 4) == "全年办理行政许可120件,开展普法活动15场。")
    }

    /// A line with no sentence end gives each mention at most `maxReach` scalars either side, not the whole line.
    @Test func runOnLinesAreBounded() {
        let text = Array(String(repeating: "办理12件,", count: 10_000).unicodeScalars)
        let index = SentenceIndex(text)
        let start = 30_000
        let sentence = index.sentence(containing: start, start + 3)
        #expect(sentence.unicodeScalars.count <= 2 * SentenceIndex.maxReach + 3)
        #expect(sentence.unicodeScalars.count >= 2 * SentenceIndex.maxReach)
        #expect(sentence.contains(String(String.UnicodeScalarView(text[start..<(start + 3)]))))
    }
}
