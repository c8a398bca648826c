import Foundation
import Testing
@testable import GovReportsCore

/// Body tables kept as grids: spans resolved, nested markup collapsed, headers found by shape, chrome and layout
/// tables left out, and one text line per row.
@Suite struct CleanTableGridTests {
    /// Cleans a page whose body (`<div id="zoom">`) holds `body`, with a navigation table before it.
    static func clean(_ body: String) throws -> CleanedDocument {
        let page = """
            <html><head><meta charset="utf-8"><title>某县2023年政府信息公开工作年度报告</title></head><body>
            <div class="nav"><table><tr><td><a href="/">首页</a></td><td><a href="/a">政务公开</a></td></tr>
            <tr><td><a href="/b">办事服务</a></td><td><a href="/c">互动交流</a></td></tr></table></div>
            <div id="zoom"><p>一、总体情况</p><p>本年度共主动公开政府信息二百余条，运行平稳。</p>
            \(body)
            <p>下一步将持续改进公开工作，提升公开质量。</p></div>
            <div class="footer"><p>主办：某县人民政府办公室</p></div></body></html>
            """
        return try CleanFixtures.cleaner().clean(Array(page.utf8), record: CleanFixtures.record("t.html"))
    }

    /// The only grid of a cleaned page.
    static func grid(_ body: String) throws -> TableGrid {
        let doc = try clean(body)
        try #require(doc.tables.count == 1)
        return doc.tables[0]
    }

    @Test func rowspanAndColspanRepeatTheOriginInEverySlot() throws {
        let g = try Self.grid("""
            <table><tr><td rowspan="2">项目</td><td colspan="2">法人或其他组织</td><td rowspan="2">总计</td></tr>
            <tr><td>商业企业</td><td>科研机构</td></tr>
            <tr><td>本年新收</td><td>3</td><td>1</td><td>4</td></tr>
            <tr><td rowspan="2">办理结果</td><td>2</td><td>0</td><td>2</td></tr>
            <tr><td>1</td><td>1</td><td>2</td></tr></table>
            """)
        #expect(g.index == 1)
        #expect(g.columnCount == 4)
        #expect(g.texts == [["项目", "法人或其他组织", "法人或其他组织", "总计"],
                           ["项目", "商业企业", "科研机构", "总计"],
                           ["本年新收", "3", "1", "4"],
                           ["办理结果", "2", "0", "2"],
                           ["办理结果", "1", "1", "2"]])
        #expect(g.rows[0][2].isSpanned && !g.rows[0][1].isSpanned)
        #expect(g.rows[1][0].isSpanned && g.rows[1][3].isSpanned && !g.rows[1][1].isSpanned)
        #expect(g.rows[4][0].isSpanned && !g.rows[3][0].isSpanned)
        #expect(g.headerRows == 2)
        #expect(g.headerColumns == 1)
        #expect(g.rows[1][2].isHeader && g.rows[3][0].isHeader && !g.rows[3][1].isHeader)
    }

    @Test func nestedParagraphsBreaksSpacesAndEmptyCells() throws {
        let doc = try Self.clean("""
            <table><tr><td><p>作出处罚</p><p>决定的<br/>机关名称</p></td><td><span>国家</span><span>某局</span></td></tr>
            <tr><td>&nbsp;主要&nbsp;&nbsp;事实&nbsp;</td><td><p>一、未按规定报送。</p><p>二、数据不实。</p></td></tr>
            <tr><td>备注</td><td>&nbsp;</td></tr></table>
            """)
        let g = try #require(doc.tables.first)
        #expect(g.texts == [["作出处罚 决定的 机关名称", "国家某局"], ["主要 事实", "一、未按规定报送。 二、数据不实。"], ["备注", ""]])
        // Two columns of labels and values: a key/value table, labels as the header column.
        #expect(g.headerRows == 0 && g.headerColumns == 1)
        // One line per row, cells a tab apart; the paragraphs of a cell do not become lines of their own.
        let lines = doc.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("作出处罚 决定的 机关名称\t国家某局"))
        #expect(lines.contains("主要 事实\t一、未按规定报送。 二、数据不实。"))
        #expect(lines.contains("备注"))
        #expect(!lines.contains("二、数据不实。"))
    }

    @Test func thAndTheadMarkHeaders() throws {
        let th = try Self.grid("""
            <table><tr><th>指标</th><th>数量</th><th>说明</th></tr><tr><td>依申请公开</td><td>甲类</td><td>按时办结</td></tr>
            <tr><td>主动公开</td><td>乙类</td><td>全部公开</td></tr></table>
            """)
        #expect(th.headerRows == 1)
        #expect(th.rows[0].allSatisfy { $0.isHeader })
        let thead = try Self.grid("""
            <table><thead><tr><td>区域</td><td>名称</td></tr></thead>
            <tbody><tr><td>东区</td><td>某某中心</td></tr><tr><td>西区</td><td>某某站</td></tr></tbody></table>
            """)
        #expect(thead.headerRows == 1)
    }

    @Test func labelsOverFiguresMakeTheHeaderRowAndYearsStayLabels() throws {
        let g = try Self.grid("""
            <table><tr><td>指标</td><td>单位</td><td>2022年</td><td>2023年</td></tr>
            <tr><td>受理申请</td><td>件</td><td>1,234</td><td>1,456</td></tr>
            <tr><td>办结率</td><td>%</td><td>98.5</td><td>-</td></tr></table>
            """)
        #expect(g.headerRows == 1)
        // The unit column (单位) beside the figures is their unit, not a second row label (blind round 3).
        #expect(g.headerColumns == 1)
        let bare = try Self.grid("""
            <table><tr><td>12</td><td>3</td></tr><tr><td>4</td><td>5</td></tr></table>
            """)
        #expect(bare.headerRows == 0 && bare.headerColumns == 0)
    }

    @Test func aYearOverSubLabelsStaysAHeader() throws {
        let g = try Self.grid("""
            <table><tr><td rowspan="2">指标</td><td colspan="2">2023年</td></tr>
            <tr><td>绝对数</td><td>比上年增长%</td></tr>
            <tr><td>地区生产总值</td><td>312.6</td><td>6.1</td></tr>
            <tr><td>一般公共预算收入</td><td>26.7</td><td></td></tr></table>
            """)
        #expect(g.headerRows == 2 && g.headerColumns == 1)
        let years = try Self.grid("""
            <table><tr><td>年份</td><td>人数</td></tr><tr><td>2021</td><td>35</td></tr><tr><td>2022</td><td>41</td></tr></table>
            """)
        #expect(years.headerRows == 1)
    }

    @Test func wordExportMarkupReadsLikePlainCells() throws {
        let g = try Self.grid("""
            <table class=MsoNormalTable border=1 cellspacing=0><tr style='height:20pt'>
            <td width=120 style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><b><span style='font-family:宋体'>信息内容<o:p></o:p></span></b></p></td>
            <td width=80><p class=MsoNormal align=center><b><span lang=EN-US>本年新制作数量</span></b><b><span lang=EN-US><o:p></o:p></span></b></p></td></tr>
            <tr><td><p class=MsoNormal><span style='font-family:仿宋'>规范性文件</span><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>
            <td x:num="3"><p class=MsoNormal align=center><span lang=EN-US>３</span></p></td></tr>
            <tr><td><p class=MsoNormal>规章</p></td><td><p class=MsoNormal align=center><span lang=EN-US>0<o:p></o:p></span></p></td></tr></table>
            """)
        #expect(g.texts == [["信息内容", "本年新制作数量"], ["规范性文件", "３"], ["规章", "0"]])
        #expect(g.headerRows == 1 && g.headerColumns == 1)
    }

    @Test func sectionRowsInsideOneTableGiveNoWrongHeaders() throws {
        // Sub-tables joined into one table, each under its own full-width title and header row: no single header
        // band fits, so none is claimed (the cells keep their texts; a recognizer reads them by label).
        let g = try Self.grid("""
            <table><tr><td colspan="3">第二十条第（一）项</td></tr>
            <tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>
            <tr><td>规章</td><td>0</td><td>2</td></tr>
            <tr><td colspan="3">第二十条第（五）项</td></tr>
            <tr><td>信息内容</td><td colspan="2">本年处理决定数量</td></tr>
            <tr><td>行政许可</td><td colspan="2">125</td></tr></table>
            """)
        #expect(g.headerRows == 0 && g.headerColumns == 0)
        #expect(g.rows[5].map(\.text) == ["行政许可", "125", "125"])
    }

    @Test func rowNumberColumnKeysTheRows() throws {
        let g = try Self.grid("""
            <table><tr><td>序号</td><td>当事人</td><td>处罚内容</td></tr>
            <tr><td>1</td><td>某某公司</td><td>罚款5万元</td></tr>
            <tr><td>2</td><td>张某</td><td>警告</td></tr>
            <tr><td>3</td><td>李某</td><td>警告</td></tr></table>
            """)
        #expect(g.headerRows == 1 && g.headerColumns == 1)
    }

    @Test func nestedTablesLayoutTheOuterOneAndKeepTheInner() throws {
        let doc = try Self.clean("""
            <table><tr><td><p>第一段正文，介绍总体情况。</p>
            <table><tr><td>项目</td><td>数量</td></tr><tr><td>收到申请</td><td>15</td></tr></table>
            <p>第二段正文，说明办理结果。</p></td></tr></table>
            """)
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.texts == [["项目", "数量"], ["收到申请", "15"]])
        let lines = doc.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("第一段正文，介绍总体情况。") && lines.contains("第二段正文，说明办理结果。"))
        #expect(lines.contains("收到申请\t15"))
    }

    @Test func chromeTablesAndArticleLayoutTablesAreNoGrids() throws {
        let prose = String(repeating: "本年度严格落实政府信息公开各项要求，依法依规做好公开工作。", count: 60)
        let doc = try Self.clean("""
            <table><tr><td>左栏</td><td><p>\(prose)</p><p>第二段。</p></td></tr><tr><td>下栏</td><td>附注</td></tr></table>
            """)
        // The navigation table before the body and the layout table around the article are not grids.
        #expect(doc.tables.isEmpty)
        let lines = doc.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("第二段。"))
        #expect(!doc.text.contains("首页"))
    }

    @Test func hostileSpansAreBounded() throws {
        let g = try Self.grid("""
            <table><tr><td colspan="99999999">标题</td><td>x</td></tr><tr><td rowspan="0">甲</td><td>1</td></tr>
            <tr><td>2</td></tr></table>
            """)
        #expect(g.columnCount <= CellSpan.maxColumns + 1)
        #expect(g.rows.count == 3)
    }

    @Test func aTableTooLargeForAGridIsFlattenedWithADiagnostic() throws {
        let rows = String(repeating: "<tr><td>1</td></tr>", count: 299)
        let doc = try Self.clean("<table><tr><td colspan=\"1000\">标题</td></tr><tr><td rowspan=\"300\" colspan=\"1000\">甲</td></tr>"
                                 + rows + "</table>")
        #expect(doc.tables.isEmpty)
        #expect(doc.diagnostics.contains { $0.code == .tableFlattened })
        #expect(doc.text.contains("标题"))
    }

    @Test func gbkPageTableDecodesIntoTheGrid() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("gbk-table.html"),
                                                    record: CleanFixtures.record("gbk-table.html"))
        #expect(doc.encoding == "gb18030")
        #expect(doc.tables.count == 1)
        let g = try #require(doc.tables.first)
        #expect(g.headerRows == 2 && g.headerColumns == 2)
        #expect(g.rows[1][3].text == "商业企业" && g.rows[0][3].text == "法人或其他组织")
        #expect(g.rows[2].map(\.text) == ["一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "12", "3", "0", "15"])
        #expect(g.rows[3][4].text == "" && !g.rows[3][4].isSpanned)
        #expect(g.rows[4][0].text == "二、本年度办理结果" && g.rows[4][0].isSpanned)
        #expect(!doc.text.contains("\u{FFFD}"))
        #expect(doc.text.contains("（二）部分公开\t4\t1\t0\t5"))
    }
}
