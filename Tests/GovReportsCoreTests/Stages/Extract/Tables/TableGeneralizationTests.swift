import Foundation
import Testing
@testable import GovReportsCore

/// Own-made tables that vary what the header and value rules depend on (multi-row spanning headers, unit caption
/// rows, totals rows, number forms, empty marks, bold-cell headers, several `<tbody>`, transposed tables, layout
/// nesting, wrappers, a split table, blanks inside cells): each asserts specific cells' headers, value and unit, and
/// that the cleaned text keeps every row.
@Suite struct TableGeneralizationTests {
    /// The extractor with the bundled quantity rules.
    static let extractor = TableCellExtractor(scanner: QuantityScanner(rules: try! QuantityRules.bundled(extraStoplist: [])))

    /// Cleans a page whose article holds `body` and returns it with its table cells.
    static func run(_ body: String) throws -> (doc: CleanedDocument, cells: [TableCellRecord]) {
        let page = """
            <html><head><meta charset="utf-8"><title>某区2024年统计资料</title></head><body>
            <div class="menu"><a href="/">首页</a> <a href="/x">新闻中心</a> <a href="/y">信息公开</a></div>
            <div class="article"><p>全区各项工作平稳推进，现将有关数据公布如下。</p>
            \(body)
            <p>以上数据为初步统计，最终以年报为准。</p></div>
            <div class="foot"><p>承办：某区统计局</p></div></body></html>
            """
        let doc = try CleanFixtures.cleaner().clean(Array(page.utf8), record: CleanFixtures.record("g.html"))
        return (doc, extractor.cells(doc.tables))
    }

    /// The one body cell with these headers (nil when none or several).
    static func cell(_ cells: [TableCellRecord], row: String?, col: String?, table: Int? = nil) -> TableCellRecord? {
        let hits = cells.filter { !$0.isHeader && $0.rowHeader == row && $0.colHeader == col && (table == nil || $0.table == table) }
        return hits.count == 1 ? hits[0] : nil
    }

    /// Whether every one of `rows` is a line of the cleaned text, its cells a tab apart.
    static func keepsRows(_ doc: CleanedDocument, _ rows: [[String]]) -> [String] {
        let lines = Set(doc.text.split(separator: "\n").map(String.init))
        return rows.map { $0.joined(separator: "\t") }.filter { !lines.contains($0) }
    }

    @Test func twoRowHeaderWithColspanAndRowspan() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td rowspan="2">指标</td><td colspan="2">收入</td><td rowspan="2">增长</td></tr>
            <tr><td>本期</td><td>上年同期</td></tr>
            <tr><td>税收收入</td><td>4,386</td><td>4,012</td><td>9.3%</td></tr>
            <tr><td>非税收入</td><td>1,207</td><td>1,355</td><td>-10.9%</td></tr>
            <tr><td>合计</td><td>5,593</td><td>5,367</td><td>4.2%</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "税收收入", col: "收入 / 本期"))
        #expect(a.value == 4386 && a.unit == nil)
        #expect(Self.cell(cells, row: "非税收入", col: "增长")?.value == -10.9)
        #expect(Self.cell(cells, row: "非税收入", col: "增长")?.unit == "%")
        let total = try #require(Self.cell(cells, row: "合计", col: "收入 / 上年同期"))
        #expect(total.value == 5367)
        #expect(Self.keepsRows(doc, [["税收收入", "4,386", "4,012", "9.3%"], ["合计", "5,593", "5,367", "4.2%"]]).isEmpty)
    }

    @Test func threeRowHeader() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td rowspan="3">乡镇</td><td colspan="4">申请件数</td></tr>
            <tr><td colspan="2">自然人</td><td colspan="2">法人</td></tr>
            <tr><td>新收</td><td>结转</td><td>新收</td><td>结转</td></tr>
            <tr><td>东湖镇</td><td>17</td><td>2</td><td>6</td><td>1</td></tr>
            <tr><td>西岭乡</td><td>9</td><td>0</td><td>4</td><td>3</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "东湖镇", col: "申请件数 / 法人 / 新收")?.value == 6)
        #expect(Self.cell(cells, row: "西岭乡", col: "申请件数 / 自然人 / 结转")?.value == 0)
        #expect(Self.keepsRows(doc, [["东湖镇", "17", "2", "6", "1"], ["西岭乡", "9", "0", "4", "3"]]).isEmpty)
    }

    @Test func unitCaptionRowInsideTheTable() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td colspan="3">单位：万元</td></tr>
            <tr><td>项目</td><td>预算数</td><td>执行数</td></tr>
            <tr><td>一般公共服务</td><td>2,618.5</td><td>2,540.2</td></tr>
            <tr><td>教育</td><td>7,903</td><td>8,112.6</td></tr>
            <tr><td>总计</td><td>10,521.5</td><td>10,652.8</td></tr></table>
            """)
        // The unit line is not a column header: a header naming it would be wrong for every cell.
        // The caption's unit is read after each figure as the text would be: 8,112.6万元 is 81,126,000 元.
        let a = try #require(Self.cell(cells, row: "教育", col: "执行数"))
        #expect(a.value == 81_126_000 && a.unit == "元" && a.unitSource == .caption)
        #expect(doc.text.contains("单位：万元"))
        #expect(Self.cell(cells, row: "总计", col: "预算数")?.value == 105_215_000)
        #expect(!cells.contains { ($0.colHeader ?? "").contains("单位") || ($0.rowHeader ?? "").contains("单位") })
        #expect(Self.keepsRows(doc, [["一般公共服务", "2,618.5", "2,540.2"], ["总计", "10,521.5", "10,652.8"]]).isEmpty)
    }

    @Test func unitLineAboveTheTable() throws {
        let (doc, cells) = try Self.run("""
            <p style="text-align:right">单位：件</p>
            <table><tr><td>类别</td><td>受理</td><td>办结</td></tr>
            <tr><td>来信</td><td>146</td><td>139</td></tr><tr><td>来访</td><td>58</td><td>58</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "来信", col: "办结"))
        // The unit line right above the table is its caption: 139 件.
        #expect(a.value == 139 && a.unit == "件" && a.unitSource == .caption)
        #expect(doc.text.contains("单位：件"))
        #expect(Self.keepsRows(doc, [["来信", "146", "139"], ["来访", "58", "58"]]).isEmpty)
    }

    @Test func numberFormsInCells() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><th>项目</th><th>金额</th><th>变动</th></tr>
            <tr><td>甲项</td><td>12,345,678</td><td>(326)</td></tr>
            <tr><td>乙项</td><td>3.6万</td><td>-45</td></tr>
            <tr><td>丙项</td><td>2.15亿元</td><td>0.8%</td></tr>
            <tr><td>丁项</td><td>８６０</td><td>－１２</td></tr>
            <tr><td>戊项</td><td>1,002</td><td>（1,204.5）</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "甲项", col: "金额")?.value == 12_345_678)
        // A parenthesised figure is a negative in accounts; read it so or not at all, never as +326.
        let p = Self.cell(cells, row: "甲项", col: "变动")
        #expect(p != nil && (p?.value == nil || p?.value == -326))
        #expect(Self.cell(cells, row: "乙项", col: "金额")?.value == 36000)
        #expect(Self.cell(cells, row: "乙项", col: "变动")?.value == -45)
        let c = try #require(Self.cell(cells, row: "丙项", col: "金额"))
        #expect(c.value == 215_000_000 && c.unit == "元")
        #expect(Self.cell(cells, row: "丁项", col: "金额")?.value == 860)
        #expect(Self.cell(cells, row: "丁项", col: "变动")?.value == -12)
        let q = Self.cell(cells, row: "戊项", col: "变动")
        #expect(q != nil && (q?.value == nil || q?.value == -1204.5))
        #expect(Self.keepsRows(doc, [["甲项", "12,345,678", "(326)"], ["丙项", "2.15亿元", "0.8%"]]).isEmpty)
    }

    @Test func emptyCellMarks() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td>单位</td><td>一季度</td><td>二季度</td><td>三季度</td></tr>
            <tr><td>甲局</td><td>—</td><td>5</td><td>/</td></tr>
            <tr><td>乙局</td><td>-</td><td>无</td><td>0</td></tr>
            <tr><td>丙局</td><td>11</td><td>7</td><td>——</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "甲局", col: "二季度")?.value == 5)
        let dash = try #require(Self.cell(cells, row: "甲局", col: "一季度"))
        #expect(dash.value == nil)
        #expect(Self.cell(cells, row: "乙局", col: "二季度")?.value == nil)
        #expect(Self.cell(cells, row: "乙局", col: "三季度")?.value == 0)
        #expect(Self.cell(cells, row: "丙局", col: "一季度")?.value == 11)
        #expect(Self.keepsRows(doc, [["甲局", "—", "5", "/"], ["乙局", "-", "无", "0"]]).isEmpty)
    }

    @Test func boldCellHeaderWithoutTh() throws {
        let (doc, cells) = try Self.run("""
            <table><tbody><tr><td><strong>序号</strong></td><td><strong>项目名称</strong></td><td><strong>责任单位</strong></td></tr>
            <tr><td>1</td><td>城东污水管网改造</td><td>区住建局</td></tr>
            <tr><td>2</td><td>北山公园提升</td><td>区园林中心</td></tr></tbody></table>
            """)
        #expect(Self.cell(cells, row: "1", col: "项目名称")?.text == "城东污水管网改造")
        #expect(Self.cell(cells, row: "2", col: "责任单位")?.text == "区园林中心")
        #expect(Self.keepsRows(doc, [["1", "城东污水管网改造", "区住建局"]]).isEmpty)
    }

    @Test func severalTbodiesAndNoTbody() throws {
        let (doc, cells) = try Self.run("""
            <table><thead><tr><th>月份</th><th>用电量</th><th>用水量</th></tr></thead>
            <tbody><tr><td>一月</td><td>318</td><td>42</td></tr></tbody>
            <tbody><tr><td>二月</td><td>296</td><td>39</td></tr></tbody>
            <tbody><tr><td>三月</td><td>305</td><td>44</td></tr></tbody></table>
            <table><tr><td>片区</td><td>户数</td></tr><tr><td>北片</td><td>1,820</td></tr><tr><td>南片</td><td>2,047</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "二月", col: "用电量", table: 1)?.value == 296)
        #expect(Self.cell(cells, row: "三月", col: "用水量", table: 1)?.value == 44)
        #expect(Self.cell(cells, row: "南片", col: "户数", table: 2)?.value == 2047)
        #expect(Self.keepsRows(doc, [["一月", "318", "42"], ["三月", "305", "44"], ["北片", "1,820"]]).isEmpty)
    }

    @Test func transposedTableLabelsAcrossTheTop() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td>收到申请数</td><td>予以公开</td><td>部分公开</td><td>不予公开</td><td>结转下年</td></tr>
            <tr><td>43</td><td>28</td><td>6</td><td>5</td><td>4</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: nil, col: "部分公开"))
        #expect(a.value == 6)
        #expect(Self.cell(cells, row: nil, col: "收到申请数")?.value == 43)
        #expect(Self.keepsRows(doc, [["43", "28", "6", "5", "4"]]).isEmpty)
    }

    @Test func dataTableNestedInLayoutTable() throws {
        let (doc, cells) = try Self.run("""
            <table width="100%"><tr><td>
            <p>附表：重点项目进度</p>
            <table border="1"><tr><td>项目</td><td>计划投资</td><td>完成投资</td></tr>
            <tr><td>西环路</td><td>8,600</td><td>5,210</td></tr><tr><td>滨河绿道</td><td>1,450</td><td>1,450</td></tr></table>
            </td></tr></table>
            """)
        #expect(doc.tables.count == 1)
        #expect(Self.cell(cells, row: "西环路", col: "完成投资")?.value == 5210)
        #expect(Self.keepsRows(doc, [["西环路", "8,600", "5,210"], ["滨河绿道", "1,450", "1,450"]]).isEmpty)
    }

    @Test func wrappedInResponsiveDivAndSection() throws {
        let (doc, cells) = try Self.run("""
            <section class="data"><div class="table-responsive"><table class="table">
            <tr><th>站点</th><th>PM2.5</th><th>优良天数</th></tr>
            <tr><td>城区站</td><td>31</td><td>322</td></tr><tr><td>开发区站</td><td>35</td><td>309</td></tr></table></div></section>
            """)
        #expect(Self.cell(cells, row: "开发区站", col: "优良天数")?.value == 309)
        #expect(Self.keepsRows(doc, [["城区站", "31", "322"], ["开发区站", "35", "309"]]).isEmpty)
    }

    @Test func wideTableSplitWithRepeatedHeader() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td>街道</td><td>常住人口</td><td>户籍人口</td></tr>
            <tr><td>城南街道</td><td>52,130</td><td>47,906</td></tr><tr><td>城北街道</td><td>38,774</td><td>36,015</td></tr></table>
            <p>（续表）</p>
            <table><tr><td>街道</td><td>出生人数</td><td>死亡人数</td></tr>
            <tr><td>城南街道</td><td>361</td><td>298</td></tr><tr><td>城北街道</td><td>277</td><td>254</td></tr></table>
            """)
        #expect(doc.tables.count == 2)
        #expect(Self.cell(cells, row: "城北街道", col: "户籍人口", table: 1)?.value == 36015)
        #expect(Self.cell(cells, row: "城南街道", col: "死亡人数", table: 2)?.value == 298)
        #expect(Self.keepsRows(doc, [["城北街道", "38,774", "36,015"], ["城北街道", "277", "254"]]).isEmpty)
    }

    @Test func blanksAndBreaksInsideCells() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td><p>类&nbsp;&nbsp;别</p></td><td>本年<br>件数</td><td><p>上年</p><p>件数</p></td></tr>
            <tr><td>　建议　</td><td><p>&nbsp;64&nbsp;</p></td><td>　５２　</td></tr>
            <tr><td>提&nbsp;案</td><td>21</td><td>18</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "建议", col: "本年 件数")?.value == 64)
        #expect(Self.cell(cells, row: "建议", col: "上年 件数")?.value == 52)
        #expect(Self.cell(cells, row: "提 案", col: "本年 件数")?.value == 21)
        #expect(Self.keepsRows(doc, [["提 案", "21", "18"]]).isEmpty)
    }

    @Test func headerColumnWithUnitColumn() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td>产品</td><td>单位</td><td>产量</td><td>比上年增长（%）</td></tr>
            <tr><td>水泥</td><td>万吨</td><td>126.4</td><td>-3.1</td></tr>
            <tr><td>纱</td><td>吨</td><td>8,905</td><td>12.7</td></tr></table>
            """)
        // The row's 单位 cell is read after its figures (126.4万吨 = 1,264,000 吨); the bracketed % is its column's.
        let cement = Self.cell(cells, row: "水泥", col: "产量")
        #expect(cement?.value == 1_264_000 && cement?.unit == "吨" && cement?.unitSource == .unitColumn)
        let growth = Self.cell(cells, row: "纱", col: "比上年增长（%）")
        #expect(growth?.value == 12.7 && growth?.unit == "%" && growth?.unitSource == .columnHeader)
        #expect(Self.keepsRows(doc, [["水泥", "万吨", "126.4", "-3.1"]]).isEmpty)
    }

    @Test func twoLevelRowHeadersWithRowspan() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><th colspan="2">类别</th><th>件数</th><th>占比</th></tr>
            <tr><td rowspan="2">依申请</td><td>当面</td><td>12</td><td>30%</td></tr>
            <tr><td>网上</td><td>28</td><td>70%</td></tr>
            <tr><td colspan="2">总计</td><td>40</td><td>100%</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "依申请 / 网上", col: "件数")?.value == 28)
        #expect(Self.cell(cells, row: "依申请 / 当面", col: "占比")?.value == 30)
        #expect(Self.cell(cells, row: "总计", col: "件数")?.value == 40)
        #expect(Self.keepsRows(doc, [["依申请", "当面", "12", "30%"], ["网上", "28", "70%"], ["总计", "40", "100%"]]).isEmpty)
    }

    @Test func blankCornerAndYearColumns() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td></td><td>2022年</td><td>2023年</td><td>2024年</td></tr>
            <tr><td>地区生产总值（亿元）</td><td>318.6</td><td>337.2</td><td>352.9</td></tr>
            <tr><td>常住人口（万人）</td><td>41.3</td><td>41.0</td><td>40.8</td></tr></table>
            """)
        // The row header's bracketed unit is read after its figures, as 337.2亿元 would be in a sentence.
        let gdp = Self.cell(cells, row: "地区生产总值（亿元）", col: "2023年")
        #expect(gdp?.value == 33_720_000_000 && gdp?.unit == "元" && gdp?.unitSource == .rowHeader)
        #expect(Self.cell(cells, row: "常住人口（万人）", col: "2024年")?.value == 408_000)
        #expect(Self.keepsRows(doc, [["地区生产总值（亿元）", "318.6", "337.2", "352.9"]]).isEmpty)
    }

    @Test func unitInTheLastCellOfTheFirstRow() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td></td><td></td><td>单位：万元</td></tr>
            <tr><td>科目</td><td>年初预算</td><td>调整预算</td></tr>
            <tr><td>基本支出</td><td>1,032.7</td><td>1,088.1</td></tr>
            <tr><td>项目支出</td><td>466</td><td>512.4</td></tr></table>
            """)
        let adjusted = Self.cell(cells, row: "项目支出", col: "调整预算")
        #expect(adjusted?.value == 5_124_000 && adjusted?.unit == "元" && adjusted?.unitSource == .caption)
        #expect(Self.cell(cells, row: "基本支出", col: "年初预算")?.value == 10_327_000)
        #expect(!cells.contains { ($0.colHeader ?? "").contains("单位") })
        #expect(doc.text.contains("单位：万元"))
        #expect(Self.keepsRows(doc, [["基本支出", "1,032.7", "1,088.1"], ["项目支出", "466", "512.4"]]).isEmpty)
    }

    @Test func titleRowSpanningAllColumnsOverAThRow() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><th colspan="3">表1 各镇办件情况</th></tr>
            <tr><th>镇</th><th>受理</th><th>办结率</th></tr>
            <tr><td>新塘镇</td><td>1,204</td><td>99.2%</td></tr>
            <tr><td>石湾镇</td><td>987</td><td>98.7%</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "新塘镇", col: "受理")?.value == 1204)
        #expect(Self.cell(cells, row: "石湾镇", col: "办结率")?.unit == "%")
        #expect(doc.text.contains("表1 各镇办件情况"))
        #expect(Self.keepsRows(doc, [["新塘镇", "1,204", "99.2%"], ["石湾镇", "987", "98.7%"]]).isEmpty)
    }

    @Test func boldHeaderOverFiguresWithTotalsAndSubRows() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td><b>项目</b></td><td><b>本年数</b></td><td><b>上年数</b></td></tr>
            <tr><td>收到申请</td><td>56</td><td>49</td></tr>
            <tr><td>其中：当面申请</td><td>8</td><td>11</td></tr>
            <tr><td>合计</td><td>64</td><td>60</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "其中：当面申请", col: "本年数")?.value == 8)
        #expect(Self.cell(cells, row: "合计", col: "上年数")?.value == 60)
        #expect(Self.keepsRows(doc, [["其中：当面申请", "8", "11"], ["合计", "64", "60"]]).isEmpty)
    }

    @Test func transposedDisclosureTableWithTwoHeaderRows() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td colspan="3">行政复议</td><td colspan="3">行政诉讼</td></tr>
            <tr><td>维持</td><td>纠正</td><td>总计</td><td>维持</td><td>纠正</td><td>总计</td></tr>
            <tr><td>3</td><td>1</td><td>4</td><td>2</td><td>0</td><td>2</td></tr></table>
            """)
        #expect(Self.cell(cells, row: nil, col: "行政复议 / 纠正")?.value == 1)
        #expect(Self.cell(cells, row: nil, col: "行政诉讼 / 总计")?.value == 2)
        #expect(Self.keepsRows(doc, [["3", "1", "4", "2", "0", "2"]]).isEmpty)
    }
}
