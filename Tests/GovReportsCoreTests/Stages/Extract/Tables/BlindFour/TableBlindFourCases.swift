@testable import GovReportsCore

/// The blind-round-4 table set: 10 own inputs (invented labels and figures), written before running the program on
/// them, in shapes the round-3 set does not hold: a 序号 column before the name column, a title row and a 填报 row
/// inside the table, a Word export whose digits are split over `<span>`s, years as row headers, units written in
/// the cells instead of the header, `<thead>`/`<tbody>`/`<tfoot>` with `<th scope="row">`, a spaced `合　　计` with
/// padded cells, full-width and U+2212 minus signs, a two-column 指标 | 数值 table, and a markdown pipe table in a
/// text report.
enum TableBlindFourCases {
    /// Every case, in the order of the note's figures.
    static let all: [TableBlindThreeCase] = [
        serialColumn, titleAndFilerRows, wordExportSplitDigits, yearsAsRows, unitsInCells, sectionedTable,
        spacedTotalPadded, minusSigns, indicatorValuePairs, markdownPipes,
    ]

    /// 01: 序号 | 执法单位 | three figure columns with header units; a colspan 合计 over 序号 and the name. The
    /// project keys such rows `1 / 县市场监管局` (round 3's `rowNumberColumnWithTotalRow`; the realpages' gold names a
    /// row by its first cell); this set was written expecting the name alone, so both are accepted.
    static let serialColumn = TableBlindThreeCase(name: "01 serial column", input: """
        <p>表1　2024年度重点执法部门执法情况</p>
        <table border="1">
        <tr><td>序号</td><td>执法单位</td><td>检查次数（次）</td><td>立案数（件）</td><td>罚没金额（万元）</td></tr>
        <tr><td>1</td><td>县市场监管局</td><td>1,326</td><td>87</td><td>215.6</td></tr>
        <tr><td>2</td><td>县生态环境局</td><td>412</td><td>23</td><td>96.3</td></tr>
        <tr><td>3</td><td>县应急管理局</td><td>655</td><td>31</td><td>48.0</td></tr>
        <tr><td colspan="2">合计</td><td>2,393</td><td>141</td><td>359.9</td></tr>
        </table>
        """, wants: [
            TableWant(1, "1,326", rows: ["1 / 县市场监管局", "县市场监管局"], col: "检查次数（次）", 1326, "次"),
            TableWant(1, "96.3", rows: ["2 / 县生态环境局", "县生态环境局"], col: "罚没金额（万元）", 963_000, "元"),
            TableWant(1, "31", rows: ["3 / 县应急管理局", "县应急管理局"], col: "立案数（件）", 31, "件"),
            TableWant(1, "359.9", row: "合计", col: "罚没金额（万元）", 3_599_000, "元"),
            TableWant(1, "141", row: "合计", col: "立案数（件）", 141, "件"),
        ])

    /// 02: a title row spanning the table above the header row, and a 填报单位/填报日期 row closing it.
    static let titleAndFilerRows = TableBlindThreeCase(name: "02 title and filer rows", input: """
        <table border="1">
        <tr><td colspan="4">2024年度行政复议案件办理情况统计表</td></tr>
        <tr><td>类别</td><td>收到申请（件）</td><td>受理（件）</td><td>审结（件）</td></tr>
        <tr><td>行政许可</td><td>18</td><td>16</td><td>15</td></tr>
        <tr><td>行政处罚</td><td>42</td><td>39</td><td>37</td></tr>
        <tr><td>信息公开</td><td>9</td><td>9</td><td>8</td></tr>
        <tr><td colspan="4">填报单位：县司法局　填报日期：2025年1月10日</td></tr>
        </table>
        """, wants: [
            TableWant(1, "18", row: "行政许可", col: "收到申请（件）", 18, "件"),
            TableWant(1, "39", row: "行政处罚", col: "受理（件）", 39, "件"),
            TableWant(1, "8", row: "信息公开", col: "审结（件）", 8, "件"),
        ])

    /// 03: a Word export: every cell a `<p class=MsoNormal>` of `<span>`s, digits, comma and point in separate spans,
    /// the header's unit bracket in spans of its own.
    static let wordExportSplitDigits = TableBlindThreeCase(name: "03 word export split digits", input: """
        <table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
        <tr><td width=160 valign=top><p class=MsoNormal align=center><b><span style='font-family:黑体'>事项类型</span></b></p></td>
        <td width=120 valign=top><p class=MsoNormal align=center><b><span style='font-family:黑体'>办件量</span></b><b><span lang=EN-US>(</span></b><b><span style='font-family:黑体'>件</span></b><b><span lang=EN-US>)</span></b></p></td>
        <td width=120 valign=top><p class=MsoNormal align=center><b><span style='font-family:黑体'>网办率</span></b><b><span lang=EN-US>(%)</span></b></p></td></tr>
        <tr><td width=160 valign=top><p class=MsoNormal><span style='font-family:仿宋'>即办件</span></p></td>
        <td width=120 valign=top><p class=MsoNormal align=center><span lang=EN-US>12</span><span lang=EN-US>,</span><span lang=EN-US>406</span></p></td>
        <td width=120 valign=top><p class=MsoNormal align=center><span lang=EN-US>96</span><span lang=EN-US>.</span><span lang=EN-US>3</span></p></td></tr>
        <tr><td width=160 valign=top><p class=MsoNormal><span style='font-family:仿宋'>承诺件</span></p></td>
        <td width=120 valign=top><p class=MsoNormal align=center><span lang=EN-US>3</span><span lang=EN-US>,</span><span lang=EN-US>187</span></p></td>
        <td width=120 valign=top><p class=MsoNormal align=center><span lang=EN-US>88.1</span></p></td></tr>
        </table>
        """, wants: [
            TableWant(1, "12,406", row: "即办件", col: "办件量(件)", 12_406, "件"),
            TableWant(1, "96.3", row: "即办件", col: "网办率(%)", 96.3, "%"),
            TableWant(1, "3,187", row: "承诺件", col: "办件量(件)", 3187, "件"),
            TableWant(1, "88.1", row: "承诺件", col: "网办率(%)", 88.1, "%"),
        ])

    /// 04: years as row headers (`2022年` … in the first column), percentages written in the cells.
    static let yearsAsRows = TableBlindThreeCase(name: "04 years as rows", input: """
        <p>近三年政府信息公开申请办理情况</p>
        <table border="1">
        <tr><th>年度</th><th>申请数（件）</th><th>按时答复率</th><th>被纠错数（件）</th></tr>
        <tr><td>2022年</td><td>156</td><td>100%</td><td>2</td></tr>
        <tr><td>2023年</td><td>203</td><td>99.5%</td><td>1</td></tr>
        <tr><td>2024年</td><td>248</td><td>100%</td><td>0</td></tr>
        </table>
        """, wants: [
            TableWant(1, "203", row: "2023年", col: "申请数（件）", 203, "件"),
            TableWant(1, "99.5%", row: "2023年", col: "按时答复率", 99.5, "%"),
            TableWant(1, "100%", row: "2024年", col: "按时答复率", 100, "%"),
            TableWant(1, "2", row: "2022年", col: "被纠错数（件）", 2, "件"),
        ])

    /// 05: units written in every cell (个, 万元, %), none in the header; a signed change column.
    static let unitsInCells = TableBlindThreeCase(name: "05 units in cells", input: """
        <table border="1">
        <tr><td>项目</td><td>2023年</td><td>2024年</td><td>增减</td></tr>
        <tr><td>配备法律顾问的村（社区）</td><td>312个</td><td>326个</td><td>+14个</td></tr>
        <tr><td>法律援助经费</td><td>86.5万元</td><td>102.3万元</td><td>+15.8万元</td></tr>
        <tr><td>行政机关负责人出庭应诉率</td><td>95.2%</td><td>100%</td><td>+4.8个百分点</td></tr>
        </table>
        """, wants: [
            TableWant(1, "326个", row: "配备法律顾问的村（社区）", col: "2024年", 326, "个"),
            TableWant(1, "86.5万元", row: "法律援助经费", col: "2023年", 865_000, "元"),
            TableWant(1, "+15.8万元", row: "法律援助经费", col: "增减", 158_000, "元"),
            TableWant(1, "100%", row: "行政机关负责人出庭应诉率", col: "2024年", 100, "%"),
            TableWant(1, "95.2%", row: "行政机关负责人出庭应诉率", col: "2023年", 95.2, "%"),
        ])

    /// 06: `<thead>`, `<tbody>` and a `<tfoot>` total; row labels in `<th scope="row">`.
    static let sectionedTable = TableBlindThreeCase(name: "06 thead tbody tfoot", input: """
        <table class="data">
        <thead><tr><th scope="col">街道</th><th scope="col">调解纠纷（起）</th><th scope="col">调解成功（起）</th><th scope="col">成功率（%）</th></tr></thead>
        <tbody>
        <tr><th scope="row">白沙街道</th><td>428</td><td>416</td><td>97.2</td></tr>
        <tr><th scope="row">青石街道</th><td>365</td><td>351</td><td>96.2</td></tr>
        </tbody>
        <tfoot><tr><th scope="row">合计</th><td>793</td><td>767</td><td>96.7</td></tr></tfoot>
        </table>
        """, wants: [
            TableWant(1, "428", row: "白沙街道", col: "调解纠纷（起）", 428, "起"),
            TableWant(1, "96.2", row: "青石街道", col: "成功率（%）", 96.2, "%"),
            TableWant(1, "767", row: "合计", col: "调解成功（起）", 767, "起"),
        ])

    /// 07: a caption unit line `单位：人次`, a figure padded with `&nbsp;`, and a total label spaced out `合　　计`.
    static let spacedTotalPadded = TableBlindThreeCase(name: "07 spaced total, padded cells", input: """
        <p style="text-align:right">单位：人次</p>
        <table border="1">
        <tr><td>培训类别</td><td>上半年</td><td>下半年</td><td>全年</td></tr>
        <tr><td>领导干部学法</td><td>&nbsp;1,120&nbsp;</td><td>980</td><td>2,100</td></tr>
        <tr><td>执法人员培训</td><td>2,356</td><td>2,618</td><td>4,974</td></tr>
        <tr><td>合　　计</td><td>3,476</td><td>3,598</td><td>7,074</td></tr>
        </table>
        """, wants: [
            TableWant(1, "1,120", row: "领导干部学法", col: "上半年", 1120, "人次"),
            TableWant(1, "2,618", row: "执法人员培训", col: "下半年", 2618, "人次"),
            TableWant(1, "7,074", rows: ["合计", "合　　计", "合 计"], col: "全年", 7074, "人次"),
        ])

    /// 08: negative growth written with a full-width minus (U+FF0D) and with U+2212.
    static let minusSigns = TableBlindThreeCase(name: "08 minus signs", input: """
        <table border="1">
        <tr><td>指标</td><td>2024年（亿元）</td><td>增速（%）</td></tr>
        <tr><td>规模以上工业增加值</td><td>186.4</td><td>－1.5</td></tr>
        <tr><td>固定资产投资</td><td>240.7</td><td>−0.8</td></tr>
        <tr><td>进出口总额</td><td>35.92</td><td>12.6</td></tr>
        </table>
        """, wants: [
            TableWant(1, "－1.5", row: "规模以上工业增加值", col: "增速（%）", -1.5, "%"),
            TableWant(1, "−0.8", row: "固定资产投资", col: "增速（%）", -0.8, "%"),
            TableWant(1, "35.92", row: "进出口总额", col: "2024年（亿元）", 3_592_000_000, "元"),
            TableWant(1, "186.4", row: "规模以上工业增加值", col: "2024年（亿元）", 18_640_000_000, "元"),
        ])

    /// 09: a two-column 指标 | 数值 table whose values carry their units.
    static let indicatorValuePairs = TableBlindThreeCase(name: "09 indicator value pairs", input: """
        <table border="1">
        <tr><td>指标</td><td>数值</td></tr>
        <tr><td>办理行政复议案件</td><td>56件</td></tr>
        <tr><td>直接纠错率</td><td>12.5%</td></tr>
        <tr><td>行政应诉案件</td><td>134件</td></tr>
        </table>
        """, wants: [
            TableWant(1, "56件", row: "办理行政复议案件", col: "数值", 56, "件"),
            TableWant(1, "12.5%", row: "直接纠错率", col: "数值", 12.5, "%"),
            TableWant(1, "134件", row: "行政应诉案件", col: "数值", 134, "件"),
        ])

    /// 10: a text report holding a markdown pipe table (a header, a `---` rule, three rows).
    static let markdownPipes = TableBlindThreeCase(name: "10 text, markdown pipes", input: """
        某区2024年行政执法工作情况报告
        某区司法局
        2025年2月18日
        一、基本情况
        全年全区行政执法机关共办理各类行政执法案件1,932件，具体构成如下。
        | 类别 | 件数 | 占比 |
        | --- | ---: | ---: |
        | 行政许可 | 1,204 | 62.3% |
        | 行政处罚 | 587 | 30.4% |
        | 行政强制 | 141 | 7.3% |
        二、下一步工作
        持续规范行政执法行为。
        """, isText: true, wants: [
            TableWant(1, "1,204", row: "行政许可", col: "件数", 1204),
            TableWant(1, "30.4%", row: "行政处罚", col: "占比", 30.4, "%"),
            TableWant(1, "141", row: "行政强制", col: "件数", 141),
        ])
}
