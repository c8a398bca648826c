import Testing
@testable import GovReportsCore

/// A blind set of eight own-made tables (invented labels and figures), written after round three before reading its
/// fixes: unit columns, three-level headers, totals under a caption unit, footnote marks, blank marks beside a
/// `单位` column of names, a table split over two `<table>`s, units in row labels, row groups with header units.
@Suite struct TableBlindTests {
    /// Cleans a page whose article holds `body` and returns its table cells.
    static func run(_ body: String) throws -> [TableCellRecord] { try TableGeneralizationTests.run(body).cells }

    /// The one body cell with these headers (nil when none or several).
    static func cell(_ cells: [TableCellRecord], row: String?, col: String?, table: Int? = nil) -> TableCellRecord? {
        TableGeneralizationTests.cell(cells, row: row, col: col, table: table)
    }

    @Test func unitColumnPerRow() throws {
        let cells = try Self.run("""
            <table><tr><td>指标</td><td>单位</td><td>2024年</td><td>比上年增长（%）</td></tr>
            <tr><td>粮食产量</td><td>万吨</td><td>48.6</td><td>2.1</td></tr>
            <tr><td>农业总产值</td><td>亿元</td><td>126.3</td><td>3.8</td></tr>
            <tr><td>农村居民人均可支配收入</td><td>元</td><td>23,415</td><td>6.9</td></tr></table>
            """)
        // Measured on main: the values and units are right, but the row header takes the unit cell too
        // (粮食产量 / 万吨), so the cells are looked up by the label's start.
        func body(_ label: String, _ col: String) -> TableCellRecord? {
            let hits = cells.filter { !$0.isHeader && ($0.rowHeader ?? "").hasPrefix(label) && $0.colHeader == col }
            return hits.count == 1 ? hits[0] : nil
        }
        let grain = try #require(body("粮食产量", "2024年"))
        #expect(grain.value == 486_000 && grain.unit == "吨" && grain.unitSource == .unitColumn)
        let output = try #require(body("农业总产值", "2024年"))
        #expect(output.value == 12_630_000_000 && output.unit == "元")
        let growth = try #require(body("粮食产量", "比上年增长（%）"))
        #expect(growth.value == 2.1 && growth.unit == "%")
        #expect(body("农村居民人均可支配收入", "2024年")?.value == 23_415)
        // Fixed in blind round 3: the unit column is the figures' unit, no row-header level.
        #expect(grain.rowHeader == "粮食产量")
    }

    @Test func threeLevelHeader() throws {
        let cells = try Self.run("""
            <table border="1"><tr><td rowspan="3">项目</td><td colspan="4">行政复议</td></tr>
            <tr><td colspan="2">本年</td><td colspan="2">上年</td></tr>
            <tr><td>件数</td><td>纠错率</td><td>件数</td><td>纠错率</td></tr>
            <tr><td>市本级</td><td>86</td><td>7.0%</td><td>74</td><td>5.4%</td></tr>
            <tr><td>区县</td><td>212</td><td>9.4%</td><td>198</td><td>8.1%</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "市本级", col: "行政复议 / 本年 / 件数")?.value == 86)
        let rate = try #require(Self.cell(cells, row: "区县", col: "行政复议 / 上年 / 纠错率"))
        #expect(rate.value == 8.1 && rate.unit == "%")
    }

    @Test func totalsUnderCaptionUnit() throws {
        let cells = try Self.run("""
            <p>单位：万元</p>
            <table><tr><td>支出项目</td><td>预算数</td><td>决算数</td></tr>
            <tr><td>合计</td><td>5,680.5</td><td>5,412.3</td></tr>
            <tr><td>其中：基本支出</td><td>3,210.0</td><td>3,198.7</td></tr>
            <tr><td>项目支出</td><td>2,470.5</td><td>2,213.6</td></tr></table>
            """)
        let total = try #require(Self.cell(cells, row: "合计", col: "决算数"))
        #expect(total.value == 54_123_000 && total.unit == "元")
        let project = try #require(Self.cell(cells, row: "项目支出", col: "预算数"))
        #expect(project.value == 24_705_000 && project.unit == "元")
        #expect(cells.contains { $0.value == 31_987_000 && $0.unit == "元" && $0.colHeader == "决算数" })
    }

    @Test func footnoteMarksAndFormula() throws {
        let cells = try Self.run("""
            <table><tr><th>类别</th><th>受理量（件）</th><th>办结率</th></tr>
            <tr><td>咨询类</td><td>1,236</td><td>100%</td></tr>
            <tr><td>投诉类*</td><td>487</td><td>96.3%</td></tr>
            <tr><td colspan="3">注：*含转办件；办结率=办结量/受理量。</td></tr></table>
            """)
        let complaints = try #require(cells.first { !$0.isHeader && ($0.rowHeader ?? "").hasPrefix("投诉类") && $0.col == 2 })
        #expect(complaints.value == 487 && complaints.unit == "件")
        #expect(Self.cell(cells, row: "咨询类", col: "办结率")?.value == 100)
        #expect(!cells.contains { $0.text.hasPrefix("注") && $0.value != nil })
    }

    @Test func blankMarksBesideAgencyColumnNamedUnit() throws {
        let cells = try Self.run("""
            <table><tr><td>单位</td><td>申请数</td><td>公开数</td><td>复议数</td></tr>
            <tr><td>区教育局</td><td>12</td><td>——</td><td>0</td></tr>
            <tr><td>区卫健委</td><td>-</td><td>5</td><td>/</td></tr>
            <tr><td>区住建局</td><td>　</td><td>3</td><td>1</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "区教育局", col: "复议数")?.value == 0)
        #expect(Self.cell(cells, row: "区教育局", col: "申请数")?.value == 12)
        #expect(Self.cell(cells, row: "区教育局", col: "公开数")?.value == nil)
        #expect(Self.cell(cells, row: "区卫健委", col: "申请数")?.value == nil)
        let open = try #require(Self.cell(cells, row: "区卫健委", col: "公开数"))
        #expect(open.value == 5 && open.unit == nil)
        #expect(Self.cell(cells, row: "区住建局", col: "复议数")?.value == 1)
        // A column of agency names headed 单位 is no unit column: no figure takes a name as its unit.
        #expect(!cells.contains { ($0.unit ?? "").hasPrefix("区") })
    }

    @Test func splitTableSecondPartValues() throws {
        let cells = try Self.run(Self.splitTable)
        #expect(Self.cell(cells, row: "白沙镇", col: "办结件数", table: 1)?.value == 980)
        let west = try #require(cells.first { $0.table == 2 && $0.row == 1 && $0.col == 2 })
        #expect(west.value == 1532)
        #expect(west.colHeader == nil || west.colHeader == "受理件数")
        // Fixed in blind round 3 (`TableContinuation`): the headerless second part takes the first part's headers.
        #expect(west.colHeader == "受理件数")
        let total = try #require(cells.first { $0.table == 2 && $0.row == 2 && $0.col == 4 })
        #expect(total.value == 99.5 && total.unit == "%")
    }

    /// A table split over two `<table>`s under one caption, the second part with no header row.
    static let splitTable = """
        <p>表1 各镇政务服务办件情况</p>
        <table><tr><td>镇</td><td>受理件数</td><td>办结件数</td><td>满意率</td></tr>
        <tr><td>青石镇</td><td>1,204</td><td>1,198</td><td>99.5%</td></tr>
        <tr><td>白沙镇</td><td>986</td><td>980</td><td>99.2%</td></tr></table>
        <table><tr><td>柳溪镇</td><td>1,532</td><td>1,527</td><td>99.7%</td></tr>
        <tr><td>合计</td><td>3,722</td><td>3,705</td><td>99.5%</td></tr></table>
        """

    @Test func unitsInRowLabelsYearsAcross() throws {
        let cells = try Self.run("""
            <table><tr><td>指标</td><td>2022年</td><td>2023年</td><td>2024年</td></tr>
            <tr><td>常住人口（万人）</td><td>512.3</td><td>515.8</td><td>518.1</td></tr>
            <tr><td>地区生产总值（亿元）</td><td>2,861.4</td><td>3,012.7</td><td>3,158.9</td></tr>
            <tr><td>城镇化率（%）</td><td>61.2</td><td>62.0</td><td>62.9</td></tr></table>
            """)
        let people = try #require(Self.cell(cells, row: "常住人口（万人）", col: "2024年"))
        #expect(people.value == 5_181_000 && people.unit == "人")
        let gdp = try #require(Self.cell(cells, row: "地区生产总值（亿元）", col: "2023年"))
        #expect(gdp.value == 301_270_000_000 && gdp.unit == "元")
        let rate = try #require(Self.cell(cells, row: "城镇化率（%）", col: "2022年"))
        #expect(rate.value == 61.2 && rate.unit == "%")
    }

    @Test func rowGroupsWithHeaderUnitsAndGrandTotal() throws {
        let cells = try Self.run("""
            <table><tr><td rowspan="2">区域</td><td rowspan="2">类别</td><td colspan="2">2024年</td></tr>
            <tr><td>数量（个）</td><td>投资（万元）</td></tr>
            <tr><td rowspan="2">城区</td><td>新建</td><td>14</td><td>3,250</td></tr>
            <tr><td>改建</td><td>9</td><td>1,120</td></tr>
            <tr><td rowspan="2">乡镇</td><td>新建</td><td>22</td><td>2,870</td></tr>
            <tr><td>改建</td><td>17</td><td>960</td></tr>
            <tr><td colspan="2">总计</td><td>62</td><td>8,200</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "城区 / 改建", col: "2024年 / 投资（万元）"))
        #expect(a.value == 11_200_000 && a.unit == "元")
        let b = try #require(Self.cell(cells, row: "乡镇 / 新建", col: "2024年 / 数量（个）"))
        #expect(b.value == 22 && b.unit == "个")
        let t = try #require(Self.cell(cells, row: "总计", col: "2024年 / 投资（万元）"))
        #expect(t.value == 82_000_000 && t.unit == "元")
    }
}
