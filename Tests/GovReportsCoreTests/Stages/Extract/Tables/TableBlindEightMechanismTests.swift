import Testing
@testable import GovReportsCore

/// The mechanisms behind the blind-round-8 table fixes, varied beyond the cases that exposed them and with inputs
/// where they must not fire: year-period labels, and figures with a bracketed note in a figure column.
@Suite struct TableBlindEightMechanismTests {
    /// A year with a period after 年 is a label; a year with more digits, or a plain figure, is none.
    @Test(arguments: [
        ("2023年末", true), ("2024年上半年", true), ("2024年度预算", true), ("2024年底", true), ("2024年", true),
        ("2024年1-6月", false), ("2024末", false), ("1,206", false), ("2024万元", false),
    ])
    func yearPeriodLabels(_ text: String, _ isLabel: Bool) {
        #expect(TableNumber.isYearLabel(text) == isLabel, "\(text)")
    }

    /// A figure followed by a bracketed note leads with a figure; a label with a bracket, or a figure alone, does not.
    @Test(arguments: [
        ("326（62.5%）", true), ("41(含转办3件)", true), ("3.5万（同比+2%）", true), ("12.5%（上年10.1%）", true),
        ("326", false), ("项目（万元）", false), ("（326）", false), ("326件", false),
    ])
    func leadsWithFigure(_ text: String, _ leads: Bool) {
        #expect(TableNumber.leadsWithFigure(text) == leads, "\(text)")
    }

    /// A column of figures with notes beside plain figures: the rows are keyed by their labels alone, and no note's
    /// percent reaches a plain figure.
    @Test func figuresWithNotesDoNotKeyRows() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>类别</td><td>本年（占比）</td><td>上年</td><td>增减</td></tr>
            <tr><td>许可</td><td>1,204（48.1%）</td><td>1,118</td><td>86</td></tr>
            <tr><td>处罚</td><td>612（24.4%）</td><td>655</td><td>-43</td></tr>
            </table>
            """)
        let plain = cells.first { $0.text == "655" }
        #expect(plain.map { $0.rowHeader == "处罚" && $0.value == 655 && $0.unit == nil } == true)
        #expect(cells.first { $0.text == "1,204（48.1%）" }.map { $0.value == nil && $0.rowHeader == "许可" } == true)
    }

    /// A text column whose cells open with a word stays a label column.
    @Test func wordColumnStillKeys() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>单位</td><td>类型</td><td>件数</td></tr>
            <tr><td>县司法局</td><td>复议（含听证）</td><td>12</td></tr>
            <tr><td>县司法局</td><td>诉讼</td><td>7</td></tr>
            </table>
            """)
        #expect(cells.first { $0.text == "12" }?.rowHeader == "县司法局 / 复议（含听证）")
    }
}
