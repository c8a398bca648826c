import Testing
@testable import GovReportsCore

/// The mechanisms blind round 4 of the tables added, each varied on what it depends on: a markdown pipe table in a
/// text report, a first column of years keying the rows, a title row across the table naming no column, and an
/// explicit plus before a figure.
@Suite struct TableBlindFourMechanismTests {
    /// The cells of a page body, through the real cleaner.
    static func cells(_ body: String) throws -> [TableCellRecord] { try TableGeneralizationTests.run(body).cells }

    /// The one body cell under these headers.
    static func cell(_ cells: [TableCellRecord], row: String?, col: String?) -> TableCellRecord? {
        TableGeneralizationTests.cell(cells, row: row, col: col)
    }

    @Test func markdownTableWithRuleAndFullWidthPipes() throws {
        let ascii = try #require(TextTableFinderTests.grids("""
            | 项目 | 2023年 | 2024年 |
            |:---|---:|:---:|
            | 受理 | 120 | 146 |
            | 办结 | 118 | 143 |
            """).first)
        #expect(ascii.texts == [["项目", "2023年", "2024年"], ["受理", "120", "146"], ["办结", "118", "143"]])
        #expect(ascii.headerRows == 1 && ascii.headerColumns == 1)
        // Full-width pipes, no rule line, indented.
        let wide = try #require(TextTableFinderTests.grids("""
            ｜类别｜件数｜
            　｜许可｜1,204｜
            ｜处罚｜587｜
            """).first)
        #expect(wide.texts == [["类别", "件数"], ["许可", "1,204"], ["处罚", "587"]])
    }

    @Test func pipesThatAreNoTable() {
        // Pipes inside prose, a run of labels without figures, a line that does not close with a pipe, and a
        // pipe table of one row under its header.
        #expect(TextTableFinderTests.grids("""
            项目 | 受理 | 办结
            甲 | 12 | 11
            乙 | 13 | 12
            """).isEmpty)
        #expect(TextTableFinderTests.grids("| 一、总体情况 | 二、主要做法 |\n| 三、存在问题 | 四、下一步 |\n| 五、其他 | 六、附件 |").isEmpty)
        #expect(TextTableFinderTests.grids("| 类别 | 件数\n| 许可 | 12\n| 处罚 | 13").isEmpty)
        #expect(TextTableFinderTests.grids("| 类别 | 件数 |\n| --- | --- |\n| 许可 | 12 |").isEmpty)
    }

    @Test func firstColumnOfYearsKeysTheRows() throws {
        let cells = try Self.cells("""
            <table border="1"><tr><td>年份</td><td>收到申请</td><td>办结率</td></tr>
            <tr><td>2022</td><td>98</td><td>97.5%</td></tr>
            <tr><td>2023</td><td>113</td><td>99.1%</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "2023", col: "收到申请")?.value == 113)
        #expect(Self.cell(cells, row: "2022", col: "办结率")?.value == 97.5)
        // A table of years only (开工 and 竣工 years) has no year key: its years are its figures.
        let onlyYears = try Self.cells("""
            <table border="1"><tr><td>开工年份</td><td>竣工年份</td></tr>
            <tr><td>2019年</td><td>2021年</td></tr><tr><td>2020年</td><td>2023年</td></tr></table>
            """)
        #expect(!onlyYears.contains { $0.rowHeader == "2019年" })
        // Years in a later column are data beside a text label column.
        let later = try Self.cells("""
            <table border="1"><tr><td>项目</td><td>建成年份</td><td>投资（万元）</td></tr>
            <tr><td>污水厂</td><td>2021年</td><td>3,200</td></tr><tr><td>公园</td><td>2022年</td><td>850</td></tr></table>
            """)
        #expect(Self.cell(later, row: "污水厂", col: "投资（万元）")?.value == 32_000_000)
    }

    @Test func titleRowAcrossTheTableNamesNoColumn() throws {
        let cells = try Self.cells("""
            <table border="1"><tr><td colspan="3">某县2024年公共法律服务统计表</td></tr>
            <tr><td rowspan="2">服务类别</td><td colspan="2">件数</td></tr>
            <tr><td>2023年</td><td>2024年</td></tr>
            <tr><td>法律咨询</td><td>3,120</td><td>3,455</td></tr>
            <tr><td>法律援助</td><td>412</td><td>398</td></tr></table>
            """)
        // The column levels under the title stay: only the title row is left out.
        #expect(Self.cell(cells, row: "法律咨询", col: "件数 / 2024年")?.value == 3455)
        #expect(!cells.contains { $0.colHeader?.contains("统计表") == true })
        // A grid whose only header row spans it keeps that row as its column header.
        var only = TableGrid(index: 1, rows: [["基本情况", "基本情况"], ["执业律师", "86"]].map { $0.map { TableGridCell(text: $0) } })
        only.headerRows = 1
        #expect(TableCellExtractor.colHeader(only, row: 1, col: 1) == "基本情况")
    }

    @Test func explicitPlusSignsAFigure() {
        let x = TableGeneralizationTests.extractor
        #expect(x.value("+14个")?.value == 14 && x.value("+14个")?.unit == "个")
        #expect(x.value(" ＋15.8万元")?.value == 158_000)
        #expect(x.value("+2.5%")?.value == 2.5)
        #expect(x.value("+") == nil)
        #expect(x.value("++3个") == nil)
        #expect(x.value("+约3个") == nil)
    }
}
