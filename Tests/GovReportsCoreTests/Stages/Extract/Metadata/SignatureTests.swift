import Testing
@testable import GovReportsCore

/// The signature block and the issuer block under a title, read on invented lines with a stand-in agency test
/// (a line is an agency when it ends in 局 or 委 and has no punctuation).
@Suite struct SignatureTests {
    /// The scalars and lines of `text`.
    private func lines(_ text: String) -> ([Unicode.Scalar], [TextLine]) {
        let a = Array(text.unicodeScalars)
        return (a, TextLine.lines(in: a))
    }

    /// The stand-in agency test.
    private func isAgency(_ a: [Unicode.Scalar]) -> (Int, Int) -> Bool {
        { start, end in
            end - start >= 3 && (a[end - 1] == "局" || a[end - 1] == "委")
                && !a[start..<end].contains { "，。：、 ".unicodeScalars.contains($0) }
        }
    }

    /// The text cut at a range.
    private func text(_ a: [Unicode.Scalar], _ r: Range<Int>?) -> String? {
        r.map { ScalarString.make(a[$0]) }
    }

    /// Two signers stacked above the date: the upper one is the agency, the lower a co-signer.
    @Test func stackedSigners() {
        let (a, l) = lines("正文一句。\n特此报告。\n甲县民政局\n甲县财政局\n2024年1月5日")
        let s = Signature.find(in: a, lines: l, window: 8, isAgency: isAgency(a))
        #expect(text(a, s?.agency) == "甲县民政局")
        #expect(s?.coSigners.map { text(a, $0) } == ["甲县财政局"])
        #expect(s?.date.iso == "2024-01-05")
    }

    /// Two signers side by side on one line.
    @Test func sideBySideSigners() {
        let (a, l) = lines("正文一句。\n甲县民政局  甲县财政局\n2024年1月5日")
        let s = Signature.find(in: a, lines: l, window: 8, isAgency: isAgency(a))
        #expect(text(a, s?.agency) == "甲县民政局")
        #expect(s?.coSigners.count == 1)
    }

    /// A sentence above the one signer is no co-signer.
    @Test func oneSignerUnderASentence() {
        let (a, l) = lines("正文一句，由县财政局。\n甲县民政局\n2024年1月5日")
        let s = Signature.find(in: a, lines: l, window: 8, isAgency: isAgency(a))
        #expect(text(a, s?.agency) == "甲县民政局")
        #expect(s?.coSigners.isEmpty == true)
    }

    /// The issuer block on the first lines of a text whose title normalize moved out, and with the title left in.
    @Test func issuerBlockUnderTitle() {
        for body in ["甲县统计局\n乙调查委\n2024年3月20日\n正文。", "甲县2023年统计公报\n甲县统计局\n2024年3月20日\n正文。"] {
            let (a, l) = lines(body)
            let s = Signature.underTitle(in: a, lines: l, window: 5, isAgency: isAgency(a))
            #expect(text(a, s?.agency) == "甲县统计局", "\(body)")
            #expect(s?.date.iso == "2024-03-20")
        }
    }

    /// No date line among the first lines: no issuer block.
    @Test func noIssuerBlockWithoutDate() {
        let (a, l) = lines("甲县统计局\n正文一句。\n2024年3月20日")
        #expect(Signature.underTitle(in: a, lines: l, window: 2, isAgency: isAgency(a)) == nil)
    }
}
