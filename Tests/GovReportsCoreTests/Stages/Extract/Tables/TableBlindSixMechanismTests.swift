import Testing
@testable import GovReportsCore

/// The mechanisms behind the blind-round-6 table fixes, varied beyond the cases that exposed them and with inputs
/// where they must not fire: a first row of a title cell and a unit-line cell, date columns beside the key, and
/// group title rows across the body.
@Suite struct TableBlindSixMechanismTests {
    /// Dates and months in the forms tables write them; counts, decimals, ranges and ratios are none.
    @Test(arguments: [
        ("2024-03-18", true), ("2024.06.05", true), ("2024/6/5", true), ("2024-03", true), ("2029年3月", true),
        ("2024年3月18日", true), ("3月18日", true), ("２０２４－０３－１８", true), ("2024-13-01", false),
        ("1,206", false), ("12.5", false), ("3-5", false), ("1:15.2", false), ("2024年", false), ("2024-03.18", false),
        ("18日", false), ("1024.5", false),
    ])
    func dates(_ text: String, _ isDate: Bool) {
        #expect(TableNumber.isDate(text) == isDate, "\(text)")
    }

    /// A title cell over every column but one beside a unit line captions the table and gives its unit.
    @Test func titleBesideUnitLineCaptions() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td colspan="2">各乡镇调解情况</td><td>金额单位：万元</td></tr>
            <tr><td>乡镇</td><td>调解金额</td><td>涉及金额</td></tr>
            <tr><td>城关镇</td><td>12.5</td><td>86.0</td></tr>
            <tr><td>白沙镇</td><td>8.1</td><td>40.2</td></tr>
            </table>
            """)
        let cell = cells.first { $0.text == "86.0" }
        #expect(cell?.colHeader == "涉及金额" && cell?.rowHeader == "城关镇")
        #expect(cell?.value == 860_000 && cell?.unit == "元")
    }

    /// A two-column header row whose second cell names its unit (`金额（单位：万元）`) stays the header row.
    @Test func twoColumnHeaderWithUnitStays() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>项目</td><td>金额（单位：万元）</td></tr>
            <tr><td>人员经费</td><td>1,204.6</td></tr>
            <tr><td>公用经费</td><td>356.0</td></tr>
            </table>
            """)
        let cell = cells.first { $0.text == "356.0" }
        #expect(cell?.colHeader == "金额（单位：万元）" && cell?.rowHeader == "公用经费")
    }

    /// A title over only part of the row beside a unit cell is a header row of its own (a two-level header).
    @Test func partialTitleIsAHeaderLevel() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>地区</td><td colspan="2">2024年</td><td>单位：件</td></tr>
            <tr><td>地区</td><td>收案</td><td>结案</td><td>未结</td></tr>
            <tr><td>东区</td><td>40</td><td>37</td><td>3</td></tr>
            <tr><td>西区</td><td>25</td><td>25</td><td>0</td></tr>
            </table>
            """)
        let cell = cells.first { $0.text == "37" }
        #expect(cell?.colHeader == "2024年 / 结案")
    }

    /// Date columns between the key and the figures are fields: the rows are keyed by the name alone.
    @Test func dateColumnsAreFields() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>项目名称</td><td>开工时间</td><td>投资额（万元）</td></tr>
            <tr><td>城南污水厂</td><td>2024年3月</td><td>4,200</td></tr>
            <tr><td>北环路改造</td><td>2024年7月</td><td>1,860</td></tr>
            </table>
            """)
        let cell = cells.first { $0.text == "1,860" }
        #expect(cell?.rowHeader == "北环路改造" && cell?.value == 18_600_000)
        #expect(cells.first { $0.text == "2024年3月" }.map { !$0.isHeader && $0.value == nil } == true)
    }

    /// A text column that is not dates (a 负责人 column) still keys the rows with the name, as before.
    @Test func nonDateTextColumnStillKeys() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>单位</td><td>类别</td><td>数量（件）</td></tr>
            <tr><td>县司法局</td><td>复议</td><td>12</td></tr>
            <tr><td>县司法局</td><td>应诉</td><td>7</td></tr>
            </table>
            """)
        #expect(cells.first { $0.text == "7" }?.rowHeader == "县司法局 / 应诉")
    }

    /// Group title rows are read as blanks only when no header is found otherwise: rows under them keep their
    /// own labels, and a table whose headers are found keeps its header rows.
    @Test func groupRowsOnlyWhenNoHeaderFound() {
        let texts = [["事项", "件数", "占比"], ["一、许可类", "一、许可类", "一、许可类"], ["新办", "12", "60.0"],
                     ["二、服务类", "二、服务类", "二、服务类"], ["咨询", "8", "40.0"]]
        #expect(TableHeaderFinder.withoutGroupRows(texts)?[1] == ["", "", ""])
        #expect(TableHeaderFinder.withoutGroupRows(texts)?[0] == ["事项", "件数", "占比"])
        #expect(TableHeaderFinder.withoutGroupRows([["事项", "件数"], ["新办", "12"]]) == nil)
        var grid = TableGrid(index: 1, rows: texts.map { $0.map { TableGridCell(text: $0) } })
        TableHeaderFinder.apply(to: &grid)
        #expect(grid.headerRows == 1 && grid.headerColumns == 1)
    }
}
