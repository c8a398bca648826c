import Foundation
import Testing
@testable import GovReportsCore

/// The section index used for every mention must agree with the plain definition: the deepest section containing it.
@Suite struct SectionLocatorTests {
    /// The deepest section whose extent contains `offset`, by scanning them all (the definition).
    static func bruteForce(_ sections: [SectionRecord], _ offset: Int) -> SectionRecord? {
        var best: SectionRecord?
        for s in sections where s.charStart <= offset && offset < s.charEnd {
            if best == nil || s.level >= best!.level { best = s }
        }
        return best
    }

    /// Texts whose trees mix all four levels, closed sections, restarts and text before the first heading.
    static let texts = [
        """
        2022年,我局推进法治建设。
        一、主要举措和成效
        (一)、加强学习。一是组织学法。二是开展培训,达到1.5万人次。
        1.健全制度。内容。
        2、完善机制
        (二)强化监督
        二、党政主要负责人履行推进法治建设第一责任人职责情况
        三、存在的问题和原因
        四、2023年工作计划
        (一)加强培训。一是学法12次。一是复训3次。
        正文结束。
        """,
        String(repeating: "一是办理案件12件。", count: 200),
    ]

    /// Every offset of each text, and one past the end, gets the same section both ways.
    @Test func agreesWithTheDefinitionEverywhere() throws {
        let parser = try SectionParser.bundled()
        for text in Self.texts {
            let sections = parser.parse(text)
            #expect(!sections.isEmpty)
            let locator = SectionLocator(sections)
            let count = text.unicodeScalars.count
            for offset in 0...count {
                #expect(locator.innermost(containing: offset) == Self.bruteForce(sections, offset), "offset \(offset)")
            }
        }
    }
}
