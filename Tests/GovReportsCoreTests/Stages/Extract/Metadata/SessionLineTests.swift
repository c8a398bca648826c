import Testing
@testable import GovReportsCore

/// The session line of a work report: short, dated and naming the congress. Invented lines.
@Suite struct SessionLineTests {
    /// Finds the session line of `text` with the bundled window and length.
    private func find(_ text: String) throws -> SessionLine? {
        let rules = try MetadataRules.bundled()
        let a = Array(text.unicodeScalars)
        return SessionLine.find(in: a, lines: TextLine.lines(in: a), window: rules.sessionWindow ?? 0,
                                maxLength: rules.sessionLineMaxLength ?? 0,
                                bodies: (rules.sessionBodies ?? []).map { Array($0.unicodeScalars) })
    }

    /// The dash line under the title is found, with its date.
    @Test func dashLine() throws {
        let s = try find("——2025年1月10日在甲市第十届人民代表大会第五次会议上\n各位代表：\n现在，我代表市人民政府报告工作。")
        #expect(s?.date.iso == "2025-01-10")
    }

    /// A long sentence that names the congress and a date is no session line, nor is a dateless mention.
    @Test func sentencesAreNoSessionLine() throws {
        #expect(try find("2023年，县政府认真执行县人民代表大会及其常务委员会的决议，自觉接受人大法律监督和工作监督，依法履行职责，推进法治建设，2024年1月5日已向县人大常委会专题报告。") == nil)
        #expect(try find("在县第十八届人民代表大会第四次会议上\n各位代表：") == nil)
    }

    /// A session line further down than the window is not read.
    @Test func outsideWindow() throws {
        let head = Array(repeating: "正文一句。", count: 8).joined(separator: "\n")
        #expect(try find(head + "\n——2025年1月10日在甲市第十届人民代表大会第五次会议上") == nil)
    }
}
