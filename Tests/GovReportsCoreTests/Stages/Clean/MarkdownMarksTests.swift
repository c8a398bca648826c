import Foundation
import Testing
@testable import GovReportsCore

/// A markdown export's head (round 5's e27): the title under `#`, the issuer and date under `**`, read as on a plain
/// text; marks that do not wrap a whole line stay.
@Suite struct MarkdownMarksTests {
    /// Whole-line marks come off; partial ones, a bare `#` word and two spans stay.
    @Test func stripsWholeLineMarks() {
        #expect(MarkdownMarks.stripped("# 某区2024年统计公报") == "某区2024年统计公报")
        #expect(MarkdownMarks.stripped("### 一、综合") == "一、综合")
        #expect(MarkdownMarks.stripped("**某区统计局**") == "某区统计局")
        #expect(MarkdownMarks.stripped("__2025年4月10日__") == "2025年4月10日")
        #expect(MarkdownMarks.stripped("## **某区统计局**") == "某区统计局")
        #expect(MarkdownMarks.stripped("#1号文件") == "#1号文件")
        #expect(MarkdownMarks.stripped("**注**：数据为初步统计") == "**注**：数据为初步统计")
        #expect(MarkdownMarks.stripped("**甲**和**乙**") == "**甲**和**乙**")
        #expect(MarkdownMarks.stripped("####### 七级") == "####### 七级")
    }

    /// The chain reads title, agency and the issuer's date from a markdown head as from the plain one.
    @Test(arguments: [("# ", "**"), ("", ""), ("## ", "__")])
    func readsMarkdownHead(_ marks: (heading: String, wrap: String)) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bulletin.md.txt")
        let w = marks.wrap
        let text = "\(marks.heading)曲靖市麒麟区2024年国民经济和社会发展统计公报\n\n\(w)曲靖市麒麟区统计局\(w)\n\n\(w)2025年4月10日\(w)\n\n## 一、综合\n\n全区地区生产总值812.46亿元，比上年增长4.8%。\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let m = try CleanUnseenLayoutsTests.pipeline.run(file: file).extracted.metadata
        #expect(m.title == "曲靖市麒麟区2024年国民经济和社会发展统计公报")
        #expect(m.agency == "曲靖市麒麟区统计局")
        #expect(m.signed == "2025-04-10")
    }
}
