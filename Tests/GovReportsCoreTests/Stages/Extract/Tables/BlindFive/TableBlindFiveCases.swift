@testable import GovReportsCore

/// The blind-round-5 table set: 8 own inputs (invented labels and figures), written before running the program on
/// them, in shapes rounds 3 and 4 do not hold: header cells broken by `<br>`, a row of units under the header row,
/// signed change columns (`+25.5`, `-6.7`, `0.0`), footnote marks and `/` in value cells with a 注 row, a data table
/// inside a layout table, units in the row headers under an empty corner cell, a text report whose columns are
/// full-width spaces, and a contact table whose cells are telephone numbers and hours (no quantity in it).
enum TableBlindFiveCases {
    /// Every case, in the order of the note's figures.
    static let all: [TableBlindThreeCase] = [
        brokenHeaders, unitsRow, signedChange, footnoteMarks, nestedInLayout, rowHeaderUnits, textFullWidthColumns,
        contactTable,
    ]

    /// 01: header cells whose unit bracket is on a second line (`<br>`); the header is the two lines joined.
    static let brokenHeaders = TableBlindThreeCase(name: "01 br in header cells", input: """
        <p>表1　2024年政府信息公开申请办理情况</p>
        <table border="1">
        <tr><th>申请类别</th><th>申请数<br>（件）</th><th>按期答复率<br>(%)</th></tr>
        <tr><td>依申请公开</td><td>236</td><td>98.7</td></tr>
        <tr><td>转办申请</td><td>41</td><td>100</td></tr>
        </table>
        """, wants: [
            TableWant(1, "236", row: "依申请公开", col: "申请数（件）", 236, "件"),
            TableWant(1, "41", row: "转办申请", col: "申请数（件）", 41, "件"),
            TableWant(1, "98.7", row: "依申请公开", col: "按期答复率(%)", 98.7, "%"),
        ])

    /// 02: a units row under the header row (an empty corner, then `（万元）` under each column). The units row is
    /// no header level of its own, and the unit reaches every value below. Written blind as `收入`; changed after
    /// the first run to `收入（万元）`, the project's convention that a column header keeps its unit bracket (round
    /// 3's `金额（万元）`, this set's `申请数（件）`), as the same header written in one row would read.
    static let unitsRow = TableBlindThreeCase(name: "02 units row", input: """
        <p>表2　2024年部门收支决算总表</p>
        <table border="1">
        <tr><td>项目</td><td>收入</td><td>支出</td><td>结余</td></tr>
        <tr><td></td><td>（万元）</td><td>（万元）</td><td>（万元）</td></tr>
        <tr><td>一般公共预算</td><td>8,412.6</td><td>8,127.3</td><td>285.3</td></tr>
        <tr><td>政府性基金</td><td>1,230.0</td><td>1,198.4</td><td>31.6</td></tr>
        </table>
        """, wants: [
            TableWant(1, "8,412.6", row: "一般公共预算", col: "收入（万元）", 84_126_000, "元"),
            TableWant(1, "285.3", row: "一般公共预算", col: "结余（万元）", 2_853_000, "元"),
            TableWant(1, "1,198.4", row: "政府性基金", col: "支出（万元）", 11_984_000, "元"),
        ])

    /// 03: two year columns and a signed change column in percent (`-6.7`, `+25.5`, `0.0`).
    static let signedChange = TableBlindThreeCase(name: "03 signed change column", input: """
        <p>表3　行政执法案件收案情况</p>
        <table border="1">
        <tr><td>案件类型</td><td>2024年（件）</td><td>2023年（件）</td><td>增减（%）</td></tr>
        <tr><td>行政处罚</td><td>1,218</td><td>1,306</td><td>-6.7</td></tr>
        <tr><td>行政强制</td><td>64</td><td>51</td><td>+25.5</td></tr>
        <tr><td>行政检查</td><td>3,527</td><td>3,527</td><td>0.0</td></tr>
        </table>
        """, wants: [
            TableWant(1, "1,218", row: "行政处罚", col: "2024年（件）", 1218, "件"),
            TableWant(1, "51", row: "行政强制", col: "2023年（件）", 51, "件"),
            TableWant(1, "-6.7", row: "行政处罚", col: "增减（%）", -6.7, "%"),
            TableWant(1, "+25.5", row: "行政强制", col: "增减（%）", 25.5, "%"),
            TableWant(1, "0.0", row: "行政检查", col: "增减（%）", 0, "%"),
        ])

    /// 04: a footnote mark after a figure (`8*`), `/` for not applicable, and a 注 row across the table.
    static let footnoteMarks = TableBlindThreeCase(name: "04 footnote marks and slashes", input: """
        <table border="1">
        <tr><td>单位</td><td>收到申请（件）</td><td>办结（件）</td></tr>
        <tr><td>区发改局</td><td>12</td><td>12</td></tr>
        <tr><td>区教育局</td><td>8*</td><td>7</td></tr>
        <tr><td>区卫健局</td><td>/</td><td>/</td></tr>
        <tr><td colspan="3">注：*含上年结转申请1件。</td></tr>
        </table>
        """, wants: [
            TableWant(1, "12", row: "区发改局", col: "收到申请（件）", 12, "件"),
            TableWant(1, "8*", row: "区教育局", col: "收到申请（件）", 8, "件"),
            TableWant(1, "7", row: "区教育局", col: "办结（件）", 7, "件"),
            TableWant(1, "/", row: "区卫健局", col: "办结（件）", nil),
        ])

    /// 05: an old CMS page: the article sits in a one-cell layout table, and a bordered data table is inside it.
    static let nestedInLayout = TableBlindThreeCase(name: "05 data table inside a layout table", input: """
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="zw">
        <p>全年共办理行政复议案件情况如下：</p>
        <table border="1" cellspacing="0" align="center">
        <tr><td>结果类别</td><td>件数</td><td>占比</td></tr>
        <tr><td>维持</td><td>37</td><td>61.7%</td></tr>
        <tr><td>撤销</td><td>9</td><td>15.0%</td></tr>
        <tr><td>确认违法</td><td>4</td><td>6.7%</td></tr>
        </table>
        <p>行政复议纠错率为21.7%。</p>
        </td></tr></table>
        """, wants: [
            TableWant(nil, "37", row: "维持", col: "件数", 37),
            TableWant(nil, "9", row: "撤销", col: "件数", 9),
            TableWant(nil, "15.0%", row: "撤销", col: "占比", 15, "%"),
            TableWant(nil, "6.7%", row: "确认违法", col: "占比", 6.7, "%"),
        ])

    /// 06: an empty corner cell; each row header carries its unit in brackets, the columns none.
    static let rowHeaderUnits = TableBlindThreeCase(name: "06 units in row headers", input: """
        <table border="1">
        <tr><td></td><td>本年新增</td><td>累计</td></tr>
        <tr><td>备案规范性文件（件）</td><td>14</td><td>136</td></tr>
        <tr><td>法律顾问（名）</td><td>6</td><td>41</td></tr>
        <tr><td>财政投入（万元）</td><td>52.5</td><td>318.0</td></tr>
        </table>
        """, wants: [
            TableWant(1, "14", row: "备案规范性文件（件）", col: "本年新增", 14, "件"),
            TableWant(1, "41", row: "法律顾问（名）", col: "累计", 41, "名"),
            TableWant(1, "52.5", row: "财政投入（万元）", col: "本年新增", 525_000, "元"),
        ])

    /// 07: a text report whose table columns are runs of full-width spaces (U+3000), as PDF text often comes.
    static let textFullWidthColumns = TableBlindThreeCase(name: "07 text, full-width space columns", input: """
        某县2024年法治政府建设情况报告
        一、行政执法情况
        全年全县各执法部门开展行政检查情况如下。
        执法部门　　　　检查（次）　　立案（件）
        县市场监管局　　1,326　　　　87
        县交通运输局　　418　　　　　19
        县农业农村局　　275　　　　　12
        二、行政复议情况
        全年收到行政复议申请58件，已审结51件。
        """, isText: true, wants: [
            TableWant(1, "1,326", row: "县市场监管局", col: "检查（次）", 1326, "次"),
            TableWant(1, "19", row: "县交通运输局", col: "立案（件）", 19, "件"),
            TableWant(1, "275", row: "县农业农村局", col: "检查（次）", 275, "次"),
        ])

    /// 08: a contact table: telephone numbers, a postcode and office hours are no quantities.
    static let contactTable = TableBlindThreeCase(name: "08 contact table", input: """
        <p>各受理点联系方式</p>
        <table border="1">
        <tr><td>受理机构</td><td>联系电话</td><td>邮政编码</td><td>办公时间</td></tr>
        <tr><td>县司法局</td><td>0579-8765 4321</td><td>321400</td><td>8:30-17:00</td></tr>
        <tr><td>城关镇司法所</td><td>0579-8712 3456</td><td>321401</td><td>9:00-16:30</td></tr>
        </table>
        """, wants: [
            TableWant(1, "0579-8765 4321", row: "县司法局", col: "联系电话", nil),
            TableWant(1, "321400", row: "县司法局", col: "邮政编码", nil),
            TableWant(1, "9:00-16:30", row: "城关镇司法所", col: "办公时间", nil),
        ])
}
