import Foundation
import Testing
@testable import GovReportsCore

/// Round-3 own-made tables (invented labels and figures): layout tables that are no data, nesting, multi-level
/// 年度报告 headers, transposed tables, th-less headers, totals and subtotals, unit rows and mixed captions, per-column
/// header units, 注： footnotes, empty marks, number forms, a table split over two `<table>`s, a table with no header.
/// Each asserts specific cells (headers, value, unit) and that no cell gets a wrong value.
@Suite struct TableRound3Tests {
    /// Cleans a page whose article holds `body` and returns it with its table cells.
    static func run(_ body: String) throws -> (doc: CleanedDocument, cells: [TableCellRecord]) {
        try TableGeneralizationTests.run(body)
    }

    /// The one body cell with these headers (nil when none or several).
    static func cell(_ cells: [TableCellRecord], row: String?, col: String?, table: Int? = nil) -> TableCellRecord? {
        TableGeneralizationTests.cell(cells, row: row, col: col, table: table)
    }

    /// The cell at a 1-based position of a table.
    static func at(_ cells: [TableCellRecord], table: Int = 1, row: Int, col: Int) -> TableCellRecord? {
        cells.first { $0.table == table && $0.row == row && $0.col == col }
    }

    // MARK: layout tables that are no data

    @Test func layoutTableOfProseGivesNoCells() throws {
        let (doc, cells) = try Self.run("""
            <table width="100%"><tr><td><p>今年以来，我局围绕中心工作，扎实推进各项任务，取得了明显成效。</p></td>
            <td><p>下一步，我们将继续深化改革，优化服务，推动各项工作再上新台阶。</p></td></tr>
            <tr><td><p>一是加强组织领导，明确责任分工，层层抓好落实。</p></td>
            <td><p>二是强化督促检查，及时发现问题，确保整改到位。</p></td></tr></table>
            """)
        #expect(doc.text.contains("一是加强组织领导"))
        #expect(cells.isEmpty)
    }

    @Test func signatureLayoutTableGivesNoCells() throws {
        let (doc, cells) = try Self.run("""
            <table border="0"><tr><td>&nbsp;</td><td style="text-align:right">某县交通运输局</td></tr>
            <tr><td>&nbsp;</td><td style="text-align:right">2024年1月18日</td></tr></table>
            """)
        #expect(doc.text.contains("某县交通运输局"))
        #expect(cells.isEmpty)
    }

    @Test func attachmentLinkLayoutGivesNoValues() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>附件1：</td><td><a href="/f/1.doc">2024年度项目清单.doc</a></td></tr>
            <tr><td>附件2：</td><td><a href="/f/2.xls">2024年度资金分配表.xls</a></td></tr></table>
            """)
        // 2024年度… is a file name, not a figure.
        #expect(!cells.contains { $0.value != nil })
    }

    // MARK: nesting

    @Test func dataTableInsideTwoLayoutLevels() throws {
        let (_, cells) = try Self.run("""
            <table class="wrap"><tr><td><table class="inner"><tr><td>
            <p>2024年全县住房保障情况如下：</p>
            <table border="1"><tr><td>类别</td><td>计划套数</td><td>完成套数</td></tr>
            <tr><td>公租房</td><td>320</td><td>336</td></tr>
            <tr><td>保障性租赁住房</td><td>1,150</td><td>1,087</td></tr></table>
            </td></tr></table></td></tr></table>
            """)
        #expect(Self.cell(cells, row: "公租房", col: "完成套数")?.value == 336)
        #expect(Self.cell(cells, row: "保障性租赁住房", col: "计划套数")?.value == 1150)
    }

    // MARK: multi-level 年度报告 headers

    @Test func annualReportApplicationTableThreeHeaderRows() throws {
        let (_, cells) = try Self.run("""
            <table border="1">
            <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
            <td colspan="7">申请人情况</td></tr>
            <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
            <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
            <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>41</td><td>6</td><td>0</td><td>1</td><td>2</td><td>0</td><td>50</td></tr>
            <tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
            <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>22</td><td>4</td><td>0</td><td>1</td><td>1</td><td>0</td><td>28</td></tr>
            <tr><td colspan="2">（二）部分公开</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
            <tr><td rowspan="1">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
            </table>
            """)
        #expect(Self.cell(cells, row: "一、本年新收政府信息公开申请数量", col: "申请人情况 / 总计")?.value == 50)
        #expect(Self.cell(cells, row: "一、本年新收政府信息公开申请数量", col: "申请人情况 / 法人或其他组织 / 商业企业")?.value == 6)
        #expect(Self.cell(cells, row: "三、本年度办理结果 / （一）予以公开", col: "申请人情况 / 自然人")?.value == 22)
        #expect(Self.cell(cells, row: "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", col: "申请人情况 / 总计")?.value == 1)
    }

    @Test func annualReportReviewTableTwoHeaderRows() throws {
        let (_, cells) = try Self.run("""
            <table border="1">
            <tr><td colspan="5">行政复议</td><td colspan="5">行政诉讼</td></tr>
            <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
            <td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
            <tr><td>2</td><td>1</td><td>0</td><td>0</td><td>3</td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td></tr>
            </table>
            """)
        #expect(Self.cell(cells, row: nil, col: "行政复议 / 总计")?.value == 3)
        #expect(Self.cell(cells, row: nil, col: "行政诉讼 / 尚未审结")?.value == 1)
    }

    // MARK: transposed and th-less headers

    @Test func transposedThInFirstColumnOnly() throws {
        let (_, cells) = try Self.run("""
            <table><tr><th>受理申请件数</th><td>128</td></tr>
            <tr><th>办结件数</th><td>121</td></tr>
            <tr><th>按时办结率</th><td>99.2%</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "办结件数", col: nil)?.value == 121)
        let rate = try #require(Self.cell(cells, row: "按时办结率", col: nil))
        #expect(rate.value == 99.2 && rate.unit == "%")
    }

    @Test func transposedYearsDownLabelsInFirstColumn() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>指标</td><td>2022年</td><td>2023年</td><td>2024年</td></tr>
            <tr><td>常住人口（万人）</td><td>48.6</td><td>48.9</td><td>49.3</td></tr>
            <tr><td>城镇化率（%）</td><td>61.2</td><td>62.0</td><td>62.7</td></tr></table>
            """)
        let p = try #require(Self.cell(cells, row: "常住人口（万人）", col: "2023年"))
        #expect(p.value == 489_000 && p.unit == "人" && p.unitSource == .rowHeader)
        let u = try #require(Self.cell(cells, row: "城镇化率（%）", col: "2024年"))
        #expect(u.value == 62.7 && u.unit == "%")
    }

    @Test func boldTdHeaderRowAndStrongFirstColumn() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td><b>项目</b></td><td><b>数量</b></td><td><b>备注</b></td></tr>
            <tr><td><strong>新建道路</strong></td><td>12.4公里</td><td>含改造</td></tr>
            <tr><td><strong>新增停车位</strong></td><td>860个</td><td>无</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "新建道路", col: "数量"))
        #expect(a.value == 12.4 && a.unit == "公里")
        #expect(Self.cell(cells, row: "新增停车位", col: "备注")?.value == nil)
        // Read again after a lead scalar, a cell that is more than one figure still gives none.
        #expect(TableGeneralizationTests.extractor.value("1.2项目管理") == nil)
        #expect(TableGeneralizationTests.extractor.value("12.4公里至15公里") == nil)
    }

    @Test func plainFirstRowOverFiguresIsHeader() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>部门</td><td>政务公开事项</td><td>主动公开条数</td></tr>
            <tr><td>发改局</td><td>36</td><td>214</td></tr>
            <tr><td>财政局</td><td>41</td><td>187</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "财政局", col: "主动公开条数")?.value == 187)
    }

    // MARK: totals and subtotals

    @Test func subtotalsWithinRowspanGroups() throws {
        let (_, cells) = try Self.run("""
            <table><tr><th>区域</th><th>乡镇</th><th>户数</th></tr>
            <tr><td rowspan="3">东片</td><td>甲镇</td><td>1,204</td></tr>
            <tr><td>乙镇</td><td>986</td></tr>
            <tr><td>小计</td><td>2,190</td></tr>
            <tr><td rowspan="2">西片</td><td>丙乡</td><td>433</td></tr>
            <tr><td>小计</td><td>433</td></tr>
            <tr><td colspan="2">合计</td><td>2,623</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "东片 / 小计", col: "户数")?.value == 2190)
        #expect(Self.cell(cells, row: "西片 / 小计", col: "户数")?.value == 433)
        #expect(Self.cell(cells, row: "合计", col: "户数")?.value == 2623)
    }

    @Test func rowNumberColumnWithTotalRow() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>序号</td><td>项目名称</td><td>投资额（万元）</td></tr>
            <tr><td>1</td><td>城北污水管网</td><td>3,200</td></tr>
            <tr><td>2</td><td>中心小学扩建</td><td>1,850</td></tr>
            <tr><td colspan="2">合计</td><td>5,050</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "2 / 中心小学扩建", col: "投资额（万元）"))
        #expect(a.value == 18_500_000 && a.unit == "元")
        #expect(Self.cell(cells, row: "合计", col: "投资额（万元）")?.value == 50_500_000)
    }

    // MARK: units

    @Test func mixedCaptionUnitsPerColumn() throws {
        let (_, cells) = try Self.run("""
            <p style="text-align:right">单位：万元、%</p>
            <table><tr><td>项目</td><td>2024年</td><td>2023年</td><td>增长率</td></tr>
            <tr><td>地区生产总值</td><td>3,562,100</td><td>3,348,900</td><td>6.4</td></tr>
            <tr><td>固定资产投资</td><td>1,104,300</td><td>1,160,200</td><td>-4.8</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "地区生产总值", col: "2024年"))
        #expect(a.value == 35_621_000_000 && a.unit == "元")
        let g = try #require(Self.cell(cells, row: "固定资产投资", col: "增长率"))
        #expect(g.value == -4.8 && g.unit == "%")
    }

    @Test func mixedCaptionRowInsideTableWithComma() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td colspan="3">单位：亿元，%</td></tr>
            <tr><td>指标</td><td>金额</td><td>比上年增长</td></tr>
            <tr><td>一般公共预算收入</td><td>18.6</td><td>3.1</td></tr>
            <tr><td>税收收入</td><td>12.9</td><td>-2.0</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "税收收入", col: "金额"))
        #expect(a.value == 1_290_000_000 && a.unit == "元")
        let g = try #require(Self.cell(cells, row: "税收收入", col: "比上年增长"))
        #expect(g.value == -2.0 && g.unit == "%")
    }

    @Test func headerUnitsPerColumn() throws {
        let (_, cells) = try Self.run("""
            <table><tr><th>街道</th><th>面积 （平方公里）</th><th>人口(万人)</th><th>占比（%）</th></tr>
            <tr><td>城东街道</td><td>18.3</td><td>6.2</td><td>21.5</td></tr>
            <tr><td>城西街道</td><td>24.7</td><td>4.9</td><td>17.0</td></tr></table>
            """)
        // The blank before the bracket is dropped from the header (`TableCellExtractor.tightBrackets`, table blind
        // round 5): Chinese sets none there, and `<br>` before a unit bracket leaves one.
        let area = try #require(Self.cell(cells, row: "城东街道", col: "面积（平方公里）"))
        #expect(area.value == 18.3 && area.unit == "平方公里")
        let people = try #require(Self.cell(cells, row: "城西街道", col: "人口(万人)"))
        #expect(people.value == 49_000 && people.unit == "人")
        let share = try #require(Self.cell(cells, row: "城西街道", col: "占比（%）"))
        #expect(share.value == 17.0 && share.unit == "%")
    }

    @Test func captionElementWithBracketedUnit() throws {
        let (_, cells) = try Self.run("""
            <table><caption>表2 2024年部门支出情况（单位：万元）</caption>
            <tr><td>科目</td><td>支出</td></tr>
            <tr><td>基本支出</td><td>862.4</td></tr>
            <tr><td>项目支出</td><td>1,315.0</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "基本支出", col: "支出"))
        // The caption's unit, or no unit at all; never a unit that changes the figure wrongly.
        #expect(a.value == 8_624_000 && a.unit == "元")
    }

    // MARK: footnotes

    @Test func footnoteRowSpanningTheTable() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>类别</td><td>件数</td><td>占比</td></tr>
            <tr><td>咨询</td><td>532</td><td>64.1%</td></tr>
            <tr><td>投诉</td><td>298</td><td>35.9%</td></tr>
            <tr><td colspan="3">注：本表数据来源于12345热线平台，统计时间截至2024年12月31日。</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "投诉", col: "件数")?.value == 298)
        #expect(Self.cell(cells, row: "咨询", col: "占比")?.value == 64.1)
        // The note is no data cell under 件数.
        #expect(!cells.contains { $0.colHeader == "件数" && $0.text.hasPrefix("注") && $0.value != nil })
    }

    @Test func footnoteRowInFirstColumnOnly() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>年份</td><td>培训人次</td></tr>
            <tr><td>2023年</td><td>1,420</td></tr>
            <tr><td>2024年</td><td>1,655</td></tr>
            <tr><td>注：含线上培训</td><td></td></tr></table>
            """)
        #expect(Self.cell(cells, row: "2024年", col: "培训人次")?.value == 1655)
    }

    // MARK: empty marks and number forms

    @Test func dashBlankAndNoneMarksGiveNoValue() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>事项</td><td>一月</td><td>二月</td><td>三月</td></tr>
            <tr><td>甲类</td><td>－</td><td>4</td><td>…</td></tr>
            <tr><td>乙类</td><td>/</td><td>无</td><td>—</td></tr>
            <tr><td>丙类</td><td>7</td><td></td><td>2</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "甲类", col: "二月")?.value == 4)
        #expect(Self.cell(cells, row: "丙类", col: "三月")?.value == 2)
        for c in cells where ["－", "…", "/", "无", "—"].contains(c.text) { #expect(c.value == nil) }
    }

    @Test func magnitudeFullWidthAndNegativeForms() throws {
        let (_, cells) = try Self.run("""
            <table><tr><th>指标</th><th>数值</th><th>增减</th></tr>
            <tr><td>营业收入</td><td>４.２亿元</td><td>−３.５%</td></tr>
            <tr><td>利润总额</td><td>8,640万元</td><td>+12.0%</td></tr>
            <tr><td>从业人员</td><td>１，２３４人</td><td>－６</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "营业收入", col: "数值"))
        #expect(a.value == 420_000_000 && a.unit == "元")
        let b = try #require(Self.cell(cells, row: "利润总额", col: "数值"))
        #expect(b.value == 86_400_000 && b.unit == "元")
        let d = Self.cell(cells, row: "营业收入", col: "增减")
        #expect(d?.value == nil || d?.value == -3.5)
        #expect(Self.cell(cells, row: "利润总额", col: "增减")?.value == 12.0)
        #expect(Self.cell(cells, row: "从业人员", col: "数值")?.value == 1234)
        #expect(Self.cell(cells, row: "从业人员", col: "增减")?.value == -6)
    }

    // MARK: split and headerless tables

    @Test func tableSplitOverTwoTablesWithoutRepeatedHeader() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>镇街</td><td>办件量</td><td>好评率</td></tr>
            <tr><td>南山镇</td><td>2,310</td><td>99.6%</td></tr>
            <tr><td>北湖镇</td><td>1,872</td><td>99.1%</td></tr></table>
            <table><tr><td>东城街道</td><td>3,045</td><td>98.7%</td></tr>
            <tr><td>西城街道</td><td>2,768</td><td>99.8%</td></tr></table>
            """)
        #expect(Self.cell(cells, row: "北湖镇", col: "办件量", table: 1)?.value == 1872)
        // The second part has no header of its own: its figures must not get a wrong header, and the table is flagged.
        #expect(!cells.contains { $0.table == 2 && ($0.colHeader ?? "").contains("东城") })
        let east = try #require(Self.at(cells, table: 2, row: 1, col: 2))
        #expect(east.value == 3045)
        #expect(east.colHeader == nil || east.colHeader == "办件量")
    }

    @Test func headerlessTableIsFlagged() throws {
        let (doc, cells) = try Self.run("""
            <table><tr><td>18.2</td><td>19.6</td><td>21.0</td></tr>
            <tr><td>3.4</td><td>3.9</td><td>4.1</td></tr></table>
            """)
        #expect(cells.count == 6)
        #expect(!cells.contains { $0.colHeader != nil || $0.rowHeader != nil })
        let diags = TableHeaderCheck.diagnostics(doc.tables)
        #expect(diags.contains { $0.code == .tableNoHeader })
    }

    @Test func labelledTableIsNotFlagged() throws {
        let (doc, _) = try Self.run("""
            <table><tr><td>项目</td><td>数量</td></tr>
            <tr><td>新建</td><td>12</td></tr><tr><td>改建</td><td>7</td></tr></table>
            """)
        #expect(TableHeaderCheck.diagnostics(doc.tables).isEmpty)
    }

    @Test func sectionRowsGiveNoWrongHeaders() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>项目</td><td>数量</td><td>金额（万元）</td></tr>
            <tr><td colspan="3">一、基础设施</td></tr>
            <tr><td>道路</td><td>5</td><td>820</td></tr>
            <tr><td colspan="3">二、公共服务</td></tr>
            <tr><td>学校</td><td>2</td><td>1,460</td></tr></table>
            """)
        // Either the right headers or none: never a section title as a column header.
        #expect(!cells.contains { ($0.colHeader ?? "").contains("基础设施") || ($0.colHeader ?? "").contains("公共服务") })
        let s = Self.cell(cells, row: "学校", col: "金额（万元）")
        #expect(s == nil || s?.value == 14_600_000)
    }

    // MARK: safety of the round-3 rules

    @Test func mixedCaptionWithTwoPlainUnitsGivesNoCaptionUnit() throws {
        let (_, cells) = try Self.run("""
            <p style="text-align:right">单位：万元、人</p>
            <table><tr><td>单位名称</td><td>经费</td><td>编制</td><td>增长率</td></tr>
            <tr><td>甲中心</td><td>326</td><td>18</td><td>2.5</td></tr>
            <tr><td>乙中心</td><td>412</td><td>23</td><td>-1.2</td></tr></table>
            """)
        // Which of 万元 and 人 a column takes is not stated: neither is given, and the figures stay as written.
        let a = try #require(Self.cell(cells, row: "甲中心", col: "经费"))
        #expect(a.value == 326 && a.unit == nil)
        let b = try #require(Self.cell(cells, row: "乙中心", col: "编制"))
        #expect(b.value == 23 && b.unit == nil)
        #expect(Self.cell(cells, row: "乙中心", col: "增长率")?.unit == nil)
    }

    @Test func sentenceCellsBesideFiguresStayAGrid() throws {
        let (_, cells) = try Self.run("""
            <table><tr><td>整改问题</td><td>整改措施</td><td>完成时限</td></tr>
            <tr><td>部分窗口排队时间较长。</td><td>增设自助终端，推行预约办理。</td><td>2024年6月</td></tr>
            <tr><td>线上事项办理指引不清。</td><td>逐项编制办事指南。</td><td>2024年9月</td></tr></table>
            """)
        #expect(Self.cell(cells, row: nil, col: "整改措施")?.text == nil)
        #expect(cells.contains { $0.colHeader == "整改措施" && $0.text == "逐项编制办事指南。" })
    }

    @Test func closingNoteRowsBelowSeveralColumns() throws {
        let (_, cells) = try Self.run("""
            <table><tr><th>季度</th><th>新增就业（人）</th><th>登记失业率</th></tr>
            <tr><td>一季度</td><td>1,310</td><td>2.6%</td></tr>
            <tr><td>二季度</td><td>1,585</td><td>2.5%</td></tr>
            <tr><td colspan="3">说明：登记失业率为季末数。</td></tr>
            <tr><td colspan="3">资料来源：区人力资源和社会保障局。</td></tr></table>
            """)
        let a = try #require(Self.cell(cells, row: "二季度", col: "新增就业（人）"))
        #expect(a.value == 1585 && a.unit == "人")
        #expect(Self.cell(cells, row: "一季度", col: "登记失业率")?.value == 2.6)
        #expect(!cells.contains { $0.text.hasPrefix("资料来源") && $0.value != nil })
    }
}
