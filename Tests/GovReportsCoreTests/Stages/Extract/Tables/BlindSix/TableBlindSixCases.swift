@testable import GovReportsCore

/// The blind-round-6 table set: 8 own inputs (invented labels and figures), written before running the program on
/// them, in shapes rounds 3 to 5 do not hold: a first row holding the title and, in its own cell, the unit line;
/// date cells beside counts; a serial column in Chinese numerals; per-mille, plain-ratio and `1:15.2` cells; group
/// title rows across the body; a figure cell spanning two rows; a total column before its 其中 columns; and a
/// tab-separated text table with an empty cell in a row.
enum TableBlindSixCases {
    /// Every case, in the order of the note's figures.
    static let all: [TableBlindThreeCase] = [
        titleAndUnitCells, dateCells, hanSerialColumn, perMilleAndRatios, groupTitleRows, figureSpanningRows,
        totalBeforeParts, textTabEmptyCell,
    ]

    /// 01: the first row holds the table's title across three columns and `单位：件` in the last cell.
    static let titleAndUnitCells = TableBlindThreeCase(name: "01 title and unit cells", input: """
        <table border="1">
        <tr><td colspan="3">2024年度行政应诉案件统计</td><td>单位：件</td></tr>
        <tr><td>被诉单位</td><td>一审</td><td>二审</td><td>败诉</td></tr>
        <tr><td>县自然资源局</td><td>14</td><td>5</td><td>1</td></tr>
        <tr><td>县住建局</td><td>9</td><td>2</td><td>0</td></tr>
        </table>
        """, wants: [
            TableWant(1, "14", row: "县自然资源局", col: "一审", 14, "件"),
            TableWant(1, "2", row: "县住建局", col: "二审", 2, "件"),
            TableWant(1, "0", row: "县住建局", col: "败诉", 0, "件"),
        ])

    /// 02: dates and a period in cells beside a count column: a date is no quantity.
    static let dateCells = TableBlindThreeCase(name: "02 date cells", input: """
        <table border="1">
        <tr><td>文件名称</td><td>发布日期</td><td>有效期至</td><td>条款数（条）</td></tr>
        <tr><td>某县行政执法公示办法</td><td>2024-03-18</td><td>2029年3月</td><td>26</td></tr>
        <tr><td>某县重大行政决策程序规定</td><td>2024.06.05</td><td>长期</td><td>41</td></tr>
        </table>
        """, wants: [
            TableWant(1, "2024-03-18", row: "某县行政执法公示办法", col: "发布日期", nil),
            TableWant(1, "2029年3月", row: "某县行政执法公示办法", col: "有效期至", nil),
            TableWant(1, "2024.06.05", row: "某县重大行政决策程序规定", col: "发布日期", nil),
            TableWant(1, "41", row: "某县重大行政决策程序规定", col: "条款数（条）", 41, "条"),
        ])

    /// 03: a serial column in Chinese numerals before the name column, and a 合计 row spanning both.
    static let hanSerialColumn = TableBlindThreeCase(name: "03 serial column in Chinese numerals", input: """
        <table border="1">
        <tr><td>序号</td><td>乡镇</td><td>调解纠纷（件）</td><td>调解成功率（%）</td></tr>
        <tr><td>一</td><td>城关镇</td><td>312</td><td>97.4</td></tr>
        <tr><td>二</td><td>白沙镇</td><td>186</td><td>95.7</td></tr>
        <tr><td>三</td><td>青石乡</td><td>74</td><td>98.6</td></tr>
        <tr><td colspan="2">合计</td><td>572</td><td>97.0</td></tr>
        </table>
        """, wants: [
            TableWant(1, "312", rows: ["一 / 城关镇", "城关镇"], col: "调解纠纷（件）", 312, "件"),
            TableWant(1, "95.7", rows: ["二 / 白沙镇", "白沙镇"], col: "调解成功率（%）", 95.7, "%"),
            TableWant(1, "572", row: "合计", col: "调解纠纷（件）", 572, "件"),
        ])

    /// 04: a per-mille column, a plain ratio column without a unit, and `1:15.2` ratios (two numbers, no value).
    static let perMilleAndRatios = TableBlindThreeCase(name: "04 per mille and ratios", input: """
        <table border="1">
        <tr><td>年份</td><td>出生率（‰）</td><td>出生人口性别比</td><td>师生比</td></tr>
        <tr><td>2023年</td><td>6.9</td><td>106.2</td><td>1:15.2</td></tr>
        <tr><td>2024年</td><td>6.4</td><td>105.8</td><td>1:14.8</td></tr>
        </table>
        """, wants: [
            TableWant(1, "6.4", row: "2024年", col: "出生率（‰）", 6.4, "‰"),
            TableWant(1, "106.2", row: "2023年", col: "出生人口性别比", 106.2),
            TableWant(1, "1:15.2", row: "2023年", col: "师生比", nil),
        ])

    /// 05: group title rows across the body (`一、依申请类`), each over its own rows.
    static let groupTitleRows = TableBlindThreeCase(name: "05 group title rows", input: """
        <table border="1">
        <tr><td>事项</td><td>办件量（件）</td><td>即办率（%）</td></tr>
        <tr><td colspan="3">一、依申请类</td></tr>
        <tr><td>新办</td><td>2,406</td><td>62.3</td></tr>
        <tr><td>变更</td><td>815</td><td>80.1</td></tr>
        <tr><td colspan="3">二、公共服务类</td></tr>
        <tr><td>咨询</td><td>5,120</td><td>100</td></tr>
        </table>
        """, wants: [
            TableWant(1, "2,406", rows: ["新办", "一、依申请类 / 新办"], col: "办件量（件）", 2406, "件"),
            TableWant(1, "80.1", rows: ["变更", "一、依申请类 / 变更"], col: "即办率（%）", 80.1, "%"),
            TableWant(1, "5,120", rows: ["咨询", "二、公共服务类 / 咨询"], col: "办件量（件）", 5120, "件"),
        ])

    /// 06: a figure cell spanning two rows (one count for two sub-items): the figure is one cell, keyed by its
    /// first row; the rows' own figures stay theirs.
    static let figureSpanningRows = TableBlindThreeCase(name: "06 figure spanning rows", input: """
        <table border="1">
        <tr><td>培训对象</td><td>培训人次</td><td>培训场次</td></tr>
        <tr><td>执法人员</td><td>1,240</td><td rowspan="2">18</td></tr>
        <tr><td>辅助执法人员</td><td>386</td></tr>
        <tr><td>领导干部</td><td>152</td><td>4</td></tr>
        </table>
        """, wants: [
            TableWant(1, "1,240", row: "执法人员", col: "培训人次", 1240),
            TableWant(1, "386", row: "辅助执法人员", col: "培训人次", 386),
            TableWant(1, "18", row: "执法人员", col: "培训场次", 18),
            TableWant(1, "4", row: "领导干部", col: "培训场次", 4),
        ])

    /// 07: a total column before its 其中 columns, the header unit once above all three.
    static let totalBeforeParts = TableBlindThreeCase(name: "07 total before its parts", input: """
        <table border="1">
        <tr><td rowspan="2">部门</td><td colspan="3">执法人员（人）</td></tr>
        <tr><td>合计</td><td>其中：男</td><td>其中：女</td></tr>
        <tr><td>县公安局</td><td>214</td><td>176</td><td>38</td></tr>
        <tr><td>县税务局</td><td>96</td><td>51</td><td>45</td></tr>
        </table>
        """, wants: [
            TableWant(1, "214", row: "县公安局", col: "执法人员（人） / 合计", 214, "人"),
            TableWant(1, "38", row: "县公安局", col: "执法人员（人） / 其中：女", 38, "人"),
            TableWant(1, "51", row: "县税务局", col: "执法人员（人） / 其中：男", 51, "人"),
        ])

    /// 08: a tab-separated text table in which one row leaves a cell empty (two tabs): the figures stay in their
    /// columns.
    static let textTabEmptyCell = TableBlindThreeCase(name: "08 text, tab table with an empty cell", input: """
        某县2024年政务公开工作报告
        一、主动公开情况
        全年通过政府网站主动公开政府信息1,826条。各单位公开情况如下：
        单位\t公开条数\t解读数
        县发改局\t214\t12
        县林业局\t\t7
        县水利局\t96\t5
        二、依申请公开情况
        全年收到政府信息公开申请43件，均已按期答复。
        """, isText: true, wants: [
            TableWant(1, "214", row: "县发改局", col: "公开条数", 214),
            TableWant(1, "7", row: "县林业局", col: "解读数", 7),
            TableWant(1, "96", row: "县水利局", col: "公开条数", 96),
        ])
}
