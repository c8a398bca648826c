import Foundation
import Testing
@testable import GovReportsCore

/// Units a table states once (header brackets, % in a header, a 单位 column, a caption row) reach its bare figures,
/// scaled as the text would be, and never where they would make a wrong value.
@Suite struct TableContextUnitTests {
    /// The cell with these headers (nil when none or several).
    static func cell(_ cells: [TableCellRecord], _ row: String?, _ col: String?) -> TableCellRecord? {
        TableGeneralizationTests.cell(cells, row: row, col: col)
    }

    /// A bracketed unit at the end of a column header applies to that column only; the cell's own unit wins.
    @Test func columnHeaderBrackets() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table><tr><th>项目</th><th>金额（万元）</th><th>人数(人)</th><th>备注（含补助）</th><th>年份（2023年）</th></tr>
            <tr><td>甲项</td><td>1,250.5</td><td>36</td><td>12</td><td>7</td></tr>
            <tr><td>乙项</td><td>80元</td><td>4</td><td>5</td><td>9</td></tr></table>
            """)
        let money = try #require(Self.cell(cells, "甲项", "金额（万元）"))
        #expect(money.value == 12_505_000 && money.unit == "元" && money.unitSource == .columnHeader)
        let people = try #require(Self.cell(cells, "甲项", "人数(人)"))
        #expect(people.value == 36 && people.unit == "人" && people.unitSource == .columnHeader)
        let own = try #require(Self.cell(cells, "乙项", "金额（万元）"))
        #expect(own.value == 80 && own.unit == "元" && own.unitSource == .cell)
        // A bracket holding a note or a year is no unit: the figure stays bare.
        let note = try #require(Self.cell(cells, "甲项", "备注（含补助）"))
        #expect(note.value == 12 && note.unit == nil && note.unitSource == nil)
        let year = try #require(Self.cell(cells, "甲项", "年份（2023年）"))
        #expect(year.value == 7 && year.unit == nil)
    }

    /// A row header's bracket, a percent sign in a header, and a 计量单位 column; a ratio column takes no row unit.
    @Test func rowHeadersPercentAndUnitColumn() throws {
        let (_, rows) = try TableGeneralizationTests.run("""
            <table><tr><th>指标</th><th>2022年</th><th>2023年</th></tr>
            <tr><td>财政收入（亿元）</td><td>12.6</td><td>13.1</td></tr>
            <tr><td>常住人口（万人）</td><td>58.2</td><td>58.9</td></tr></table>
            """)
        let income = try #require(Self.cell(rows, "财政收入（亿元）", "2023年"))
        #expect(income.value == 1_310_000_000 && income.unit == "元" && income.unitSource == .rowHeader)
        #expect(Self.cell(rows, "常住人口（万人）", "2022年")?.value == 582_000)

        let (_, products) = try TableGeneralizationTests.run("""
            <table><tr><th>产品名称</th><th>计量单位</th><th>产量</th><th>较上年±%</th><th>增长率</th></tr>
            <tr><td>水泥</td><td>万吨</td><td>126.4</td><td>-3.2</td><td>4.1</td></tr>
            <tr><td>发电量</td><td>亿千瓦时</td><td>8.75</td><td>6.1</td><td>2.0</td></tr></table>
            """)
        let cement = try #require(Self.cell(products, "水泥", "产量"))
        #expect(cement.value == 1_264_000 && cement.unit == "吨" && cement.unitSource == .unitColumn)
        let power = try #require(Self.cell(products, "发电量", "产量"))
        #expect(power.unit == "千瓦时" && power.unitSource == .unitColumn)
        let change = try #require(Self.cell(products, "发电量", "较上年±%"))
        #expect(change.value == 6.1 && change.unit == "%" && change.unitSource == .columnHeader)
        // 增长率 names no unit and is a ratio: neither the row's 万吨 nor anything else is given.
        let rate = try #require(Self.cell(products, "水泥", "增长率"))
        #expect(rate.value == 4.1 && rate.unit == nil && rate.unitSource == nil)
    }

    /// A caption's unit skips ratio columns and never glues onto a figure it cannot scale.
    @Test func captionSkipsRatioColumns() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table><tr><td colspan="3">单位：万元</td></tr>
            <tr><td>项目</td><td>执行数</td><td>增长率</td></tr>
            <tr><td>教育</td><td>8,112.6</td><td>3.5</td></tr>
            <tr><td>卫生</td><td>(326)</td><td>-1.2</td></tr></table>
            """)
        #expect(Self.cell(cells, "教育", "执行数")?.unitSource == .caption)
        let rate = try #require(Self.cell(cells, "教育", "增长率"))
        #expect(rate.value == 3.5 && rate.unit == nil)
        let negative = try #require(Self.cell(cells, "卫生", "增长率"))
        #expect(negative.unit == nil)
    }

    /// A unit line names the text after its marker; a grid without a caption has no unit (the codec round trip is
    /// in CleanedRecordReaderTests and RecordJSONTests).
    @Test func captionUnitNames() throws {
        let grid = TableGrid(index: 1, rows: [[TableGridCell(text: "a"), TableGridCell(text: "1")]], unit: "万元")
        #expect(TableGridBuilder.unitNamed(byCaption: "金额单位： 万元") == "万元")
        #expect(TableGridBuilder.unitNamed(byCaption: "单位：") == nil)
        #expect(TableGridBuilder.unitNamed(byCaption: "本表单位说明如下") == nil)
        #expect(grid.unit == "万元" && TableGrid(index: 1, rows: []).unit == nil)
    }

    /// A unit from one header never reaches a figure the other header marks as a ratio, and two disagreeing header
    /// units give none.
    @Test func crossedHeadersGiveNoWrongUnit() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <table><tr><th>指标</th><th>总量</th><th>增长</th><th>金额（万元）</th></tr>
            <tr><td>地区生产总值（亿元）</td><td>337.2</td><td>6.1</td><td>12</td></tr>
            <tr><td>增长率</td><td>5.5</td><td>0.4</td><td>2.5</td></tr></table>
            """)
        let total = try #require(Self.cell(cells, "地区生产总值（亿元）", "总量"))
        #expect(total.value == 33_720_000_000 && total.unit == "元")
        // 增长 marks a ratio column: the row's 亿元 would make 6.1 into 610,000,000 元.
        let growth = try #require(Self.cell(cells, "地区生产总值（亿元）", "增长"))
        #expect(growth.value == 6.1 && growth.unit == nil)
        // 亿元 (row) and 万元 (column) disagree: no unit rather than a guess.
        let crossed = try #require(Self.cell(cells, "地区生产总值（亿元）", "金额（万元）"))
        #expect(crossed.value == 12 && crossed.unit == nil)
        // A growth-rate row in a 万元 column takes no 万元.
        let rate = try #require(Self.cell(cells, "增长率", "金额（万元）"))
        #expect(rate.value == 2.5 && rate.unit == nil)
    }

    /// The unit line above a table reaches only that table, and only when it is the line right above it.
    @Test func unitLineAboveReachesOnlyTheTableBelow() throws {
        let (_, cells) = try TableGeneralizationTests.run("""
            <p>单位：万元</p>
            <table><tr><th>项目</th><th>金额</th></tr><tr><td>教育</td><td>35.5</td></tr><tr><td>卫生</td><td>12</td></tr></table>
            <p>下表为各街道办件数量。</p>
            <table><tr><th>街道</th><th>办件</th></tr><tr><td>东街</td><td>41</td></tr><tr><td>西街</td><td>17</td></tr></table>
            <p>填报单位：某区政务服务中心</p>
            <table><tr><th>类别</th><th>数量</th></tr><tr><td>咨询</td><td>88</td></tr><tr><td>投诉</td><td>9</td></tr></table>
            """)
        let money = try #require(TableGeneralizationTests.cell(cells, row: "教育", col: "金额"))
        #expect(money.value == 355_000 && money.unit == "元" && money.unitSource == .caption)
        let count = try #require(TableGeneralizationTests.cell(cells, row: "东街", col: "办件"))
        #expect(count.value == 41 && count.unit == nil)
        // 填报单位 names an office, not a unit: the scanner does not read 88某区… as a unit, so nothing is given.
        let office = try #require(TableGeneralizationTests.cell(cells, row: "咨询", col: "数量"))
        #expect(office.value == 88 && office.unit == nil && office.unitSource == nil)
    }
}
