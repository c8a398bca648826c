import Testing
@testable import GovReportsCore

/// A real page's quantity span is found whichever width its annotation types the punctuation in.
@Suite struct RealPageSpanWidthTests {
    /// `，` in the text matches `,` in the annotation and the other way round; offsets are the text's.
    @Test func spanMatchesEitherWidth() {
        let text = "前言。\n全年生产总值(GDP)增长5%，从业人员35078人。\n附表"
        let span = RealPageSpan(first: "全年生产总值（GDP）", last: ",从业人员35078人。")
        let range = span.range(in: text)
        #expect(range == 4..<31)
    }
}
