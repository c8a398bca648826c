import Testing
@testable import GovReportsCore

/// `HardWrapJoiner` through the cleaner: a text wrapped at one width gets its paragraphs back, values split by the
/// wrap read whole; tables, list items, headings, titles and a paragraph-per-line text are never joined.
@Suite struct HardWrapJoinerTests {
    /// Cleans `lines` (one source line each) as a text file.
    static func clean(_ lines: [String]) throws -> CleanedDocument {
        try CleanFixtures.cleaner().clean(Array(lines.joined(separator: "\n").utf8), record: CleanFixtures.record("w.txt"))
    }

    /// Body lines of a cleaned text.
    static func body(_ doc: CleanedDocument) -> [String] { doc.text.split(separator: "\n").map(String.init) }

    /// A wrapped report: numbers split mid-group (`1,2⏎34`), at a decimal point (`12.⏎5%`), a unit (`万⏎元`), a
    /// trigger (`行政复⏎议`), with an indented paragraph opening and a short heading.
    static let wrapped = [
        "某县人民政府2024年法治政府建设情况报告",
        "　　一、主要工作",
        "　　全县全年梳理并向社会公布各类政务服务事项1,2",
        "34项，全年新增各类市场主体2,467户，同比增长12.",
        "5%；全年依法收取各项罚没款收入合计共计1,385万",
        "元，办理行政处罚案件318件。",
        "　　全年共收到行政复议申请和各类行政复",
        "议案件37件，依法办结行政复议案件33件，其中",
        "维持21件，办结率达到89.2%，纠错率明显下降。",
        "　　二、存在问题",
        "　　执法人员法律素养有待提升。",
    ]

    /// Split values come back whole and the paragraphs are the joined lines; headings and the title stay lines.
    @Test func joinsSplitValues() throws {
        let doc = try Self.clean(Self.wrapped)
        let body = Self.body(doc)
        #expect(body.contains("全县全年梳理并向社会公布各类政务服务事项1,234项，全年新增各类市场主体2,467户，同比增长12.5%；全年依法收取各项罚没款收入合计共计1,385万元，办理行政处罚案件318件。"))
        #expect(body.contains("全年共收到行政复议申请和各类行政复议案件37件，依法办结行政复议案件33件，其中维持21件，办结率达到89.2%，纠错率明显下降。"))
        #expect(body.contains("一、主要工作") && body.contains("二、存在问题") && body.contains("执法人员法律素养有待提升。"))
        #expect(body.first == "某县人民政府2024年法治政府建设情况报告")
        #expect(doc.diagnostics.contains { $0.code == .textWrapJoined })
    }

    /// A paragraph-per-line text (lines of any width, each ending a sentence) is left as it is.
    @Test func paragraphPerLineUntouched() throws {
        let lines = [
            "　　全县梳理公布政务服务事项1,234项。",
            "　　新增各类市场主体2,467户，同比增长12.5%，全年收取各项罚没款共计1,385万元，办理行政处罚案件318件，较上年有所下降。",
            "　　全年共收到行政复议申请37件。",
            "　　依法办结行政复议案件33件，办结率达到89.2%。",
            "　　执法人员法律素养有待提升，下一步将加强培训。",
        ]
        let doc = try Self.clean(lines)
        #expect(Self.body(doc) == lines.map { TextScan.trimmed($0) })
        #expect(!doc.diagnostics.contains { $0.code == .textWrapJoined || $0.code == .textWrapUnjoined })
    }

    /// Table rows (column gaps) and list items are never joined, even in a wrapped text.
    @Test func tablesAndListsStay() throws {
        let lines = Self.wrapped + [
            "　　信息内容　　　　本年制发件数　　本年废止件数",
            "　　规章　　　　　　　　0　　　　　　　0",
            "　　1.完善行政执法程序，规范执法裁量基准，推进执法",
            "2.加强执法人员培训，全年组织专题培训班若干期次",
            "3.开展案卷评查工作，推动执法质量全面提升并形成",
        ]
        let body = Self.body(try Self.clean(lines))
        #expect(body.contains("信息内容　　　　本年制发件数　　本年废止件数"))
        #expect(body.contains("规章　　　　　　　　0　　　　　　　0"))
        #expect(body.contains("1.完善行政执法程序，规范执法裁量基准，推进执法"))
        #expect(body.contains("2.加强执法人员培训，全年组织专题培训班若干期次"))
    }

    /// Page furniture between the halves of a sentence is passed over; the furniture is still removed and
    /// recorded, its place now the joined paragraph.
    @Test func joinsAcrossPageFurniture() throws {
        var lines = Self.wrapped
        lines.insert(contentsOf: ["- 1 -", "某县人民政府2024年法治政府建设情况报告"], at: 4)
        lines += ["　　三、下一步打算", "　　持续深化法治政府建设，全年计划组织开展执法培训", "4期，参训人员预计达到600人次以上。", "- 2 -", "某县人民政府2024年法治政府建设情况报告", "　　（此页无正文）"]
        let doc = try Self.clean(lines)
        let body = Self.body(doc)
        #expect(body.contains("全县全年梳理并向社会公布各类政务服务事项1,234项，全年新增各类市场主体2,467户，同比增长12.5%；全年依法收取各项罚没款收入合计共计1,385万元，办理行政处罚案件318件。"))
        let pages = doc.removed.filter { $0.rule == TextPageFurniture.pageNumberRule }
        #expect(pages.map(\.line) == ["- 1 -", "- 2 -"])
        let at = try #require(pages.first?.beforeLine)
        #expect(body[at].hasPrefix("全县全年梳理"))
    }

    /// A number at a full line's end whose next line opens an item is left unjoined and reported, not lost silently.
    @Test func unjoinedSplitIsReported() throws {
        var lines = Self.wrapped
        lines.insert(contentsOf: ["　　全年办理各类行政许可事项和备案事项合计达到了2",
                                  "（一）深化改革事项按期完成。"], at: 9)
        let doc = try Self.clean(lines)
        let note = try #require(doc.diagnostics.first { $0.code == .textWrapUnjoined })
        #expect(note.message.contains("达到了2⏎（一）深化改"))
        #expect(Self.body(doc).contains("（一）深化改革事项按期完成。"))
    }

    /// A wrapped text without paragraph indents: lines still join, but a flush heading (marker, no punctuation) and
    /// a short unmarked line after a full one (a cell, a name) never take the next line.
    @Test func flushTextKeepsHeadingsAndNames() throws {
        let lines = [
            "二、主动公开政府信息情况以及政务公开平台建设运行情况",
            "全年通过政府门户网站和政务新媒体主动公开各类政府信息2,3",
            "86条，其中政策解读材料和图解材料合计达到了一百余篇，较上年",
            "有所增加。全年依法收到政府信息公开申请和转办申请共计1",
            "7件，均已在法定期限内依法予以答复并送达申请人。",
            "三、收到和处理政府信息公开申请情况及相关数据统计分析",
            "收到申请17件，其中自然人申请15件，法人或其他组织申请2件，",
            "某县人民政府办公室",
        ]
        let body = Self.body(try Self.clean(lines))
        // One paragraph: a sentence mark inside a line does not end it, only one at a line's end.
        #expect(body.contains("全年通过政府门户网站和政务新媒体主动公开各类政府信息2,386条，其中政策解读材料和图解材料合计达到了一百余篇，较上年有所增加。全年依法收到政府信息公开申请和转办申请共计17件，均已在法定期限内依法予以答复并送达申请人。"))
        #expect(body.contains("收到申请17件，其中自然人申请15件，法人或其他组织申请2件，"))
        #expect(body.contains("三、收到和处理政府信息公开申请情况及相关数据统计分析"))
        #expect(body.contains("某县人民政府办公室"))
        #expect(body.first == "二、主动公开政府信息情况以及政务公开平台建设运行情况")
    }

    /// The scorer credits the source lines of a joined body line only when the body line is exactly their run.
    @Test func scorerCreditsExactRunsOnly() {
        let source = ["甲乙丙", "丁戊", "- 1 -", "己庚。", "辛壬。"]
        let parts = JoinedLines.keptParts(sourceKeys: source, bodyKeys: ["甲乙丙丁戊己庚。", "辛壬。"], skippable: ["- 1 -"])
        #expect(parts == [0, 1, 3])
        // A body line that only contains the source lines (something added) credits nothing.
        #expect(JoinedLines.keptParts(sourceKeys: source, bodyKeys: ["甲乙丙丁戊多己庚。"], skippable: ["- 1 -"]).isEmpty)
        // Out of order, or a single line's prefix, is no run.
        #expect(JoinedLines.keptParts(sourceKeys: source, bodyKeys: ["丁戊甲乙丙", "甲乙"], skippable: []).isEmpty)
    }
}
