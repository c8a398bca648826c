import Testing
@testable import GovReportsCore

/// The mechanisms behind the blind-round-5 table fixes, each varied beyond the case that exposed it and with inputs
/// where it must not fire: a year label with a unit clause, identifier columns, footnote marks after figures, and a
/// header's unit clause joined onto its label.
@Suite struct TableBlindFiveMechanismTests {
    /// A year with a bracketed unit clause heads a column; a clause with digits, or no year, is no year label.
    @Test(arguments: [
        ("2024年（件）", true), ("2023年(万元)", true), ("2024年度（亿元）", true), ("２０２２年（%）", true),
        ("2024", true), ("2024（12）", false), ("2024年（1-6月）", false), ("12（件）", false),
        // Round 8 made any digit-free period after 年 a label (`2023年末`, `2024年度计划`): it heads figures.
        ("2024年度计划", true),
    ])
    func yearLabelWithUnitClause(_ text: String, _ isLabel: Bool) {
        #expect(TableNumber.isYearLabel(text) == isLabel, "\(text)")
    }

    /// Identifier columns are named by how their label ends, so a count of calls is not one.
    @Test(arguments: [
        ("联系电话", true), ("办公电话（总机）", true), ("邮政编码", true), ("统一社会信用代码", true), ("案件编号", true),
        ("证件号码", true), ("传真", true), ("热线电话受理量", false), ("电话咨询（次）", false), ("编号数量（个）", false),
        ("受理量（件）", false),
    ])
    func identifierLabels(_ text: String, _ isIdentifier: Bool) {
        #expect(TableIdentifierColumn.isIdentifierLabel(text) == isIdentifier, "\(text)")
    }

    /// An identifier column gives no values and keys no rows; a count column beside it keeps its values.
    @Test func identifierColumnBesideCounts() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>受理点</td><td>服务电话</td><td>热线电话受理量（件）</td><td>邮编</td></tr>
            <tr><td>东城所</td><td>0571-8600 1234</td><td>1,204</td><td>310001</td></tr>
            <tr><td>西城所</td><td>0571-8600 5678</td><td>986</td><td>310002</td></tr>
            </table>
            """)
        let body = cells.filter { !$0.isHeader }
        let count = body.first { $0.text == "1,204" }
        #expect(count?.value == 1204 && count?.unit == "件" && count?.rowHeader == "东城所")
        #expect(body.first { $0.text == "310001" }?.value == nil)
        #expect(body.first { $0.text == "0571-8600 5678" }.map { $0.value == nil && $0.rowHeader == "西城所" } == true)
    }

    /// A closing footnote mark leaves the figure its value; two marks, or a mark alone, leave none.
    @Test(arguments: [
        ("8*", 8.0 as Double?), ("12①", 12), ("3.5※", 3.5), ("1,206＊", 1206), ("8**", nil), ("*", nil), ("①", nil),
        ("5*3", nil),
    ])
    func footnoteMarks(_ text: String, _ value: Double?) {
        #expect(TableGeneralizationTests.extractor.value(text)?.value == value, "\(text)")
    }

    /// A bracketed unit part joins the label above it; a real second level stays a level.
    @Test func unitPartJoinsItsLabel() {
        #expect(TableCellExtractor.join(["收入", "（万元）"]) == "收入（万元）")
        #expect(TableCellExtractor.join(["增减", "(%)"]) == "增减(%)")
        #expect(TableCellExtractor.join(["2023年", "户数"]) == "2023年 / 户数")
        #expect(TableCellExtractor.join(["（万元）"]) == "（万元）")
        #expect(TableCellExtractor.join(["支出类别", "（一）基本支出"]) == "支出类别 / （一）基本支出")
    }

    /// The blank a line break leaves before a bracket goes after a Chinese label, stays after a Latin word.
    @Test func bracketAfterBreak() {
        #expect(TableCellExtractor.tightBrackets("申请数 （件）") == "申请数（件）")
        #expect(TableCellExtractor.tightBrackets("答复率 (%)") == "答复率(%)")
        #expect(TableCellExtractor.tightBrackets("Rate (%)") == "Rate (%)")
        #expect(TableCellExtractor.tightBrackets("县司法局 城关所") == "县司法局 城关所")
    }

    /// A header row of year columns with unit clauses is found over signed figures.
    @Test func yearColumnsWithUnitsAreHeaders() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table border="1">
            <tr><td>项目</td><td>2023年(万元)</td><td>2024年(万元)</td></tr>
            <tr><td>一般公共预算收入</td><td>12,406.5</td><td>13,017.2</td></tr>
            <tr><td>非税收入</td><td>-326.0</td><td>+118.4</td></tr>
            </table>
            """)
        let cell = cells.first { $0.text == "13,017.2" }
        #expect(cell?.colHeader == "2024年(万元)" && cell?.rowHeader == "一般公共预算收入")
        #expect(cell?.value == 130_172_000 && cell?.unit == "元")
    }
}
