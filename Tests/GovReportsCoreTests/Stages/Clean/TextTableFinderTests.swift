import Testing
@testable import GovReportsCore

/// The plain-text table finder: tab and space-aligned tables become grids with headers and a unit line's unit;
/// prose with wide gaps, two-part lines (a heading and a page number, a signature and a date), sentence cells and
/// runs without a column of figures stay text only.
@Suite struct TextTableFinderTests {
    /// The grids the finder gives for these lines.
    static func grids(_ text: String) -> [TableGrid] {
        TextTableFinder.grids(text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test func tabTableGetsHeadersAndKeepsEmptyCells() throws {
        let g = try #require(Self.grids("单位：万元\n项目\t预算数\t执行数\n税收收入\t1,200\t\n非税收入\t340\t356\n合计\t1,540\t356").first)
        #expect(g.columnCount == 3 && g.rows.count == 4 && g.headerRows == 1 && g.headerColumns == 1)
        #expect(g.unit == "万元")
        #expect(g.rows[1][2].text == "")
    }

    @Test func spaceAlignedTableSplitsAtGapsNotSingleSpaces() throws {
        let g = try #require(Self.grids("""
            类 别      本年      上年
            提 案        21        18
            建 议        47        52
            """).first)
        #expect(g.texts == [["类 别", "本年", "上年"], ["提 案", "21", "18"], ["建 议", "47", "52"]])
        #expect(g.headerRows == 1)
    }

    @Test func tabLineWithEmptyFirstCellKeepsItsColumns() throws {
        let g = try #require(Self.grids("\t本年\t上年\n提案\t21\t18\n建议\t47\t52").first)
        #expect(g.rows[0].map(\.text) == ["", "本年", "上年"])
        #expect(g.headerRows == 1 && g.headerColumns == 1)
    }

    @Test func indentedHeaderOverABlankCorner() throws {
        let g = try #require(Self.grids("          2023年      2024年\n耕地面积      38.6        38.9\n林地面积     120.4       121.0").first)
        #expect(g.rows[0].map(\.text) == ["", "2023年", "2024年"])
        #expect(g.headerRows == 1 && g.rows[2][2].text == "121.0")
    }

    @Test func mergedHeaderPastedAsTabsSpreadsOverItsColumns() throws {
        let g = try #require(Self.grids("项目\t自然人\t法人或其他组织\t\t总计\n\t\t商业企业\t其他\t\n新收\t5\t2\t1\t8\n结转\t1\t0\t0\t1").first)
        #expect(g.headerRows == 2)
        #expect(g.rows[0][3].text == "法人或其他组织" && g.rows[0][3].isSpanned)
        // No label spreads into the row-label column or over a column the next header row does not name.
        #expect(g.rows[1][4].text == "" && g.rows[0][4].text == "总计")
        let cells = TableGeneralizationTests.extractor.cells([g])
        #expect(cells.first { $0.text == "1" && $0.row == 3 }?.colHeader == "法人或其他组织 / 其他")
        #expect(cells.first { $0.text == "8" }?.colHeader == "总计")
    }

    @Test func ideographicSpaceSeparatesCells() throws {
        let g = try #require(Self.grids("指标　单位　数值\n耕地面积　万亩　38.6\n林地面积　万亩　120.4").first)
        #expect(g.rows[2][2].text == "120.4")
    }

    @Test func proseAndTwoPartLinesAreNoTable() {
        // Sentences with wide gaps, a contents list (heading + page), a signature with its date.
        #expect(Self.grids("""
            全年完成投资  325.7亿元，  增长4.1%。
            城镇新增就业  2.36万人，  下降3.4%。
            粮食产量  31.5万吨，  增长1.2%。
            """).isEmpty)
        #expect(Self.grids("一、综合情况        1\n二、农业        3\n三、工业        5").isEmpty)
        #expect(Self.grids("某县统计局        2025年3月12日\n某县统计局        2025年3月12日\n甲    乙").isEmpty)
    }

    @Test func runsWithoutFiguresOrTooShortAreNoTable() {
        #expect(Self.grids("姓名\t职务\t分工\n张某\t局长\t全面工作\n李某\t副局长\t分管法制").isEmpty)
        #expect(Self.grids("项目\t数量\n新建\t5").isEmpty)
    }
}
