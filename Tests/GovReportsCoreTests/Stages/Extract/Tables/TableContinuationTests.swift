import Testing
@testable import GovReportsCore

/// When a headerless table takes the column headers of the table before it, and when it must not: same width but
/// other column kinds, a table with its own header row, a table of too few figures, a first part with no header.
@Suite struct TableContinuationTests {
    /// Grids of a cleaned page body.
    static func grids(_ body: String) throws -> [TableGrid] { try TableGeneralizationTests.run(body).doc.tables }

    static let head = """
        <table border="1"><tr><td>单位</td><td>受理</td><td>办结</td></tr>
        <tr><td>甲局</td><td>12</td><td>11</td></tr><tr><td>乙局</td><td>9</td><td>9</td></tr></table>
        """

    @Test func sameWidthOtherKindsIsNotCarriedButFlagged() throws {
        let grids = try Self.grids(Self.head + """
            <table border="1"><tr><td>丙局</td><td>按时办结</td><td>3</td></tr>
            <tr><td>丁局</td><td>超期办结</td><td>5</td></tr></table>
            """)
        #expect(TableContinuation.heads(grids) == [nil, nil])
        let d = TableContinuation.diagnostics(grids)
        #expect(d.map(\.code) == [.tableNoColumnHeader] && d[0].message.contains("table 2 "))
        let cells = TableGeneralizationTests.extractor.cells(grids)
        #expect(!cells.contains { $0.table == 2 && $0.colHeader != nil })
    }

    @Test func ownHeaderRowOrTooFewFiguresIsLeftAlone() throws {
        let own = try Self.grids(Self.head + """
            <table border="1"><tr><td>街道</td><td>户数</td><td>人数</td></tr>
            <tr><td>东街</td><td>40</td><td>96</td></tr><tr><td>西街</td><td>31</td><td>70</td></tr></table>
            """)
        #expect(TableContinuation.heads(own) == [nil, nil] && TableContinuation.diagnostics(own).isEmpty)
        let few = try Self.grids(Self.head + """
            <table border="1"><tr><td>备注</td><td>数据截至年底</td><td>5</td></tr>
            <tr><td>来源</td><td>各局报送</td><td>—</td></tr></table>
            """)
        #expect(TableContinuation.diagnostics(few).isEmpty)
    }

    @Test func chainOfThreePartsAllTakeTheFirstHeader() throws {
        let grids = try Self.grids(Self.head + """
            <table border="1"><tr><td>丙局</td><td>7</td><td>7</td></tr><tr><td>丁局</td><td>4</td><td>3</td></tr></table>
            <table border="1"><tr><td>戊局</td><td>2</td><td>2</td></tr><tr><td>合计</td><td>34</td><td>32</td></tr></table>
            """)
        #expect(TableContinuation.heads(grids) == [nil, 0, 0])
        let cells = TableGeneralizationTests.extractor.cells(grids)
        let total = try #require(cells.first { $0.table == 3 && $0.text == "32" })
        #expect(total.colHeader == "办结" && total.rowHeader == "合计" && total.row == 2)
        #expect(TableContinuation.diagnostics(grids).allSatisfy { $0.code == .tableContinued && $0.severity == .info })
    }

    @Test func quantitySubjectsInTheLaterPartNameTheCarriedColumn() throws {
        let (doc, _) = try TableGeneralizationTests.run(Self.head + """
            <table border="1"><tr><td>丙局</td><td>7件</td><td>6件</td></tr><tr><td>丁局</td><td>4件</td><td>3件</td></tr></table>
            """)
        let scalars = Array(doc.text.unicodeScalars)
        let subjects = TableSubjects(grids: doc.tables, scalars: scalars)
        let text = String(String.UnicodeScalarView(scalars))
        let at = try #require(text.range(of: "6件"))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: at.lowerBound)
        #expect(subjects.subject(start: start, end: start + 2) == "丙局 / 办结")
    }

    @Test func headerlessFirstPartGivesNothingToCarry() throws {
        let grids = try Self.grids("""
            <table border="1"><tr><td>甲局</td><td>12</td><td>11</td></tr><tr><td>乙局</td><td>9</td><td>9</td></tr></table>
            <table border="1"><tr><td>丙局</td><td>7</td><td>7</td></tr><tr><td>丁局</td><td>4</td><td>3</td></tr></table>
            """)
        #expect(TableContinuation.heads(grids) == [nil, nil] && TableContinuation.diagnostics(grids).isEmpty)
    }

    @Test func fieldBoxIsTextNotAGrid() throws {
        let (doc, cells) = try TableGeneralizationTests.run("""
            <table><tr><td>索引号：001/2024-01</td><td>公开方式：主动公开</td></tr>
            <tr><td>发布日期：2024-02-01</td><td>责任部门：办公室</td></tr></table>
            <table><tr><td>类别</td><td>数量：件</td></tr><tr><td>新收</td><td>12</td></tr><tr><td>办结</td><td>10</td></tr></table>
            """)
        #expect(doc.tables.count == 1)
        // Its lines are read as any page's field lines are (here into metadata, listed as removed), never lost silently.
        #expect(doc.text.contains("公开方式：主动公开") || doc.removed.contains { $0.line.contains("公开方式：主动公开") })
        // A table with a label：value cell among plain cells stays a grid.
        #expect(cells.first { $0.text == "12" }?.rowHeader == "新收")
    }
}
