import Testing
@testable import GovReportsCore

/// The scalar split must give exactly the `Character` split's pieces, and must step aside where graphemes and
/// scalars differ (a combining mark on a separator, CR LF, a halfwidth voiced mark).
@Suite struct DisclosureTextSplitterTests {
    /// Texts that vary what the split depends on: every separator, runs of them, empty lines, edges.
    static let texts = [
        "", "\n", "   ", "一、收到申请数 12件\n二、办结 ｜ 11｜\t3\n\n(一)公开|不予公开　5",
        " 首尾 空格 ", "a||b\t\tc\u{3000}\u{3000}d\n\n\ne", "只有一行没有分隔",
        // Where scalars and graphemes differ: the Character split is the reference.
        "前 \u{301}后 1", "行一\r\n行二 2", "ｶﾞ ﾞ 3", "Cafe\u{301} 页脚\n4 件",
    ]

    @Test func scalarSplitEqualsCharacterSplit() {
        for text in Self.texts {
            #expect(DisclosureTextSplitter.pieces(text).map(String.init)
                == DisclosureTextSplitter.characterPieces(text).map(String.init), "\(text.debugDescription)")
        }
    }

    @Test func stepsAsideWhereGraphemesSpanScalars() {
        #expect(DisclosureTextSplitter.scalarSplitIsExact("一、收到 12件\n二 3"))
        #expect(!DisclosureTextSplitter.scalarSplitIsExact("前 \u{301}后"))
        #expect(!DisclosureTextSplitter.scalarSplitIsExact("行一\r\n行二"))
        #expect(!DisclosureTextSplitter.scalarSplitIsExact("ｶﾞ"))
        // A space before a combining mark is one Character, not a separator.
        #expect(DisclosureTextSplitter.pieces("前 \u{301}后 1").count == 2)
    }
}
