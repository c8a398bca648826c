import Testing
@testable import GovReportsCore

/// The mechanisms behind the blind-round-7 table fixes, varied beyond the cases that exposed them and with inputs
/// where they must not fire: a unit line in the corner cell, and a units row of bare units.
@Suite struct TableBlindSevenMechanismTests {
    /// The first cell holding `text`.
    static func cell(_ cells: [TableCellRecord], _ text: String) -> TableCellRecord? { cells.first { $0.text == text } }

    /// A corner `单位：件` alone states the table's unit; a column's own bracket still wins over it.
    @Test func cornerUnitLine() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>单位：件</td><td>复议</td><td>诉讼</td><td>金额（万元）</td></tr>
            <tr><td>东区</td><td>40</td><td>12</td><td>3.5</td></tr>
            <tr><td>西区</td><td>25</td><td>8</td><td>1.2</td></tr>
            </table>
            """)
        #expect(Self.cell(cells, "40").map { $0.value == 40 && $0.unit == "件" && $0.unitSource == .caption } == true)
        #expect(Self.cell(cells, "3.5").map { $0.value == 35_000 && $0.unit == "元" } == true)
    }

    /// A corner that names a unit without `单位：` (`项目（万元）`) states nothing for the whole table.
    @Test func cornerWithoutMarkerStatesNothing() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>项目（万元）</td><td>2023年</td><td>2024年</td></tr>
            <tr><td>经费</td><td>126.4</td><td>138.0</td></tr>
            <tr><td>补助</td><td>45.2</td><td>52.7</td></tr>
            </table>
            """)
        #expect(Self.cell(cells, "138.0").map { $0.value == 138 && $0.unit == nil } == true)
    }

    /// A corner unit is no ratio column's unit.
    @Test func cornerUnitSkipsRatioColumns() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>项目（单位：万元）</td><td>2024年</td><td>增长率</td></tr>
            <tr><td>经费</td><td>138.0</td><td>9.2</td></tr>
            <tr><td>补助</td><td>52.7</td><td>16.6</td></tr>
            </table>
            """)
        #expect(Self.cell(cells, "52.7")?.value == 527_000)
        #expect(Self.cell(cells, "9.2").map { $0.value == 9.2 && $0.unit == nil } == true)
    }

    /// Bare units read as units; labels, years and words do not.
    @Test(arguments: [("万元", true), ("%", true), ("件", true), ("万人次", true), ("亿元", true), ("金额", false),
                      ("2024年", false), ("户数", false), ("合计", false)])
    func bareUnits(_ text: String, _ isUnit: Bool) {
        #expect(TableGeneralizationTests.extractor.isBareUnit(text) == isUnit, "\(text)")
    }

    /// A second header row of labels is a level, not a units row; a units row with an empty cell is still one.
    @Test func unitsRowOnlyOfUnits() throws {
        let (_, level) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td rowspan="2">乡镇</td><td colspan="2">2024年</td></tr>
            <tr><td>户数</td><td>金额</td></tr>
            <tr><td>城关镇</td><td>1,204</td><td>356.2</td></tr>
            <tr><td>白沙镇</td><td>786</td><td>210.5</td></tr>
            </table>
            """)
        #expect(Self.cell(level, "356.2")?.colHeader == "2024年 / 金额")
        let (_, units) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>指标</td><td>人数</td><td>金额</td><td>备注</td></tr>
            <tr><td></td><td>万人</td><td>亿元</td><td></td></tr>
            <tr><td>参保</td><td>12.5</td><td>3.2</td><td>—</td></tr>
            <tr><td>受益</td><td>8.1</td><td>1.4</td><td>—</td></tr>
            </table>
            """)
        #expect(Self.cell(units, "8.1").map { $0.colHeader == "人数（万人）" && $0.value == 81_000 && $0.unit == "人" } == true)
        #expect(Self.cell(units, "3.2").map { $0.value == 320_000_000 && $0.unit == "元" } == true)
        #expect(units.contains { $0.text == "万人" && $0.isHeader })
    }
}
