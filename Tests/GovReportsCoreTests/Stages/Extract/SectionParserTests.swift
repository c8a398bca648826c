import Testing
@testable import GovReportsCore

/// Heading tree, paths, offsets and standard-part labels.
@Suite("SectionParser")
struct SectionParserTests {
    /// The parser over the bundled rules.
    private let parser = try! SectionParser.bundled()

    /// A four-level tree with normalized paths and inherited parts.
    @Test func treePathsAndParts() {
        let text = """
        2022年,我局推进法治建设。
        一、主要举措和成效
        (一)、加强学习。一是组织学法。二是开展培训,达到1.5万人次。
        1.健全制度。内容。
        2、完善机制
        (二)强化监督
        二、党政主要负责人履行推进法治建设第一责任人职责情况
        三、存在的问题和原因
        四、2023年工作计划
        (一)加强培训。
        """
        let s = parser.parse(text)
        #expect(s.map(\.path) == ["一", "一/(一)", "一/(一)/一是", "一/(一)/二是", "一/(一)/1", "一/(一)/2", "一/(二)",
                                  "二", "三", "四", "四/(一)"])
        #expect(s.map(\.level) == [1, 2, 4, 4, 3, 3, 2, 1, 1, 1, 2])
        #expect(s.map(\.part) == [.measures, .measures, .measures, .measures, .measures, .measures, .measures,
                                  .leaderDuty, .problems, .plan, .plan])
        #expect(s[1].marker == "(一)、")
        #expect(s[1].title == "加强学习")
        #expect(s[2].title == "组织学法")
        #expect(s[4].marker == "1.")
        #expect(s[4].title == "健全制度")
        #expect(s[5].marker == "2、")
        #expect(s[0].parent == nil)
        #expect(s[4].parent == "一/(一)")
    }

    /// Offsets: start at the marker, end at the next section of the same or a higher level.
    @Test func offsets() {
        let text = "一、甲\n(一)乙\n(二)丙\n二、丁"
        let s = parser.parse(text)
        let scalars = Array(text.unicodeScalars)
        #expect(s.count == 4)
        #expect(s[0].charStart == 0)
        #expect(s[0].charEnd == text.unicodeScalars.count - 3)
        #expect(s[1].charEnd == s[2].charStart)
        #expect(String(String.UnicodeScalarView(scalars[s[3].charStart..<s[3].charEnd])) == "二、丁")
        #expect(s[2].charEnd == s[3].charStart)
    }

    /// Ordinals must continue their sequence; mid-line numbers and comma-led 一是 are body text.
    @Test func implausibleMarkersAreBody() {
        let text = """
        一、总体情况
        3.这不是标题,因为没有1和2。
        全年完成1.办理。共计,一是不算。
        1.5万人参加培训。
        二、下一步工作计划
        四、跳号不算
        """
        let s = parser.parse(text)
        #expect(s.map(\.path) == ["一", "二"])
        #expect(s[1].part == .plan)
    }

    /// Second-level numbering that runs on across top-level sections is accepted.
    @Test func continuedNumbering() {
        let s = parser.parse("一、甲\n(一)乙\n(二)丙\n二、丁\n(三)戊\n(四)己\n(六)跳号")
        #expect(s.map(\.path) == ["一", "一/(一)", "一/(二)", "二", "二/(三)", "二/(四)"])
    }

    /// A restarted 一是 list in a new paragraph is accepted.
    @Test func enumerationRestart() {
        let text = "(一)加强。一是甲。二是乙。\n主要问题:一是丙;二是丁。"
        let s = parser.parse(text)
        #expect(s.map(\.path) == ["(一)", "(一)/一是", "(一)/二是", "(一)/一是", "(一)/二是"])
        #expect(s[4].title == "丁")
    }

    /// Part labels from heading keywords.
    @Test(arguments: [
        ("2018年工作回顾", StandardPart.measures), ("2019年主要工作计划", .plan), ("存在的问题和下一步工作打算", .problems),
        ("推进法治政府建设中存在的不足和原因", .problems), ("2023年法治政府建设主要安排", .plan),
        ("20*年我市依法行政主要工作及成效", .measures), ("党政主要负责人履行推进法治建设第一责任人职责情况", .leaderDuty),
        ("其他事项", .other),
    ])
    func partLabels(title: String, part: StandardPart) {
        #expect(parser.rules.part(forTitle: title) == part)
    }

    /// `第一部分` headings sit above `一、`: each part carries its standard part to its children, and `一、` restarts
    /// under the next part.
    @Test func partHeadingsAboveLevelOne() {
        let text = """
        第一部分 主要举措和成效
        一、健全依法决策机制
        二、规范行政执法
        第二部分：存在的问题
        一是执法力量不足。
        第三部分
        一、持续深化改革
        """
        let s = parser.parse(text)
        #expect(s.map(\.path) == ["第一部分", "第一部分/一", "第一部分/二", "第二部分", "第二部分/一是", "第三部分", "第三部分/一"])
        #expect(s.map(\.level) == [0, 1, 1, 0, 4, 0, 1])
        #expect(s.map(\.part) == [.measures, .measures, .measures, .problems, .problems, .other, .other])
    }

    /// `第一章规定…` runs on into a sentence, and `第二部分` without a first one does not start a sequence.
    @Test func partWordsInSentencesAreNoHeadings() {
        let s = parser.parse("第一章规定了适用范围。\n第二部分 存在的问题\n一、主要举措")
        #expect(s.map(\.path) == ["一"])
    }
}
