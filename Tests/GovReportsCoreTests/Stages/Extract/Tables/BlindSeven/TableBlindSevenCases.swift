@testable import GovReportsCore

/// The blind-round-7 table set: 6 own inputs (invented labels and figures), written before running the program on
/// them, in shapes rounds 3 to 6 do not hold: the table's unit in its corner cell, a units row of bare units (no
/// brackets) headed 单位, quarter ranges as row keys, a `（万人次）` header, `<th>` on both axes, and full-width commas
/// as thousands separators.
enum TableBlindSevenCases {
    /// Every case, in the order of the note's figures.
    static let all: [TableBlindThreeCase] = [
        cornerUnit, bareUnitsRow, quarterRowKeys, tenThousandVisitsHeader, bothAxesTH, fullWidthThousands,
    ]

    /// 01: the unit of every figure written in the corner cell (`项目（单位：万元）`).
    static let cornerUnit = TableBlindThreeCase(name: "01 unit in the corner cell", input: """
        <table border="1">
        <tr><td>项目（单位：万元）</td><td>2023年</td><td>2024年</td></tr>
        <tr><td>法律援助经费</td><td>126.4</td><td>138.0</td></tr>
        <tr><td>法治宣传经费</td><td>45.2</td><td>52.7</td></tr>
        </table>
        """, wants: [
            TableWant(1, "138.0", row: "法律援助经费", col: "2024年", 1_380_000, "元"),
            TableWant(1, "45.2", row: "法治宣传经费", col: "2023年", 452_000, "元"),
        ])

    /// 02: a units row of bare units under the header row, its first cell `单位`.
    static let bareUnitsRow = TableBlindThreeCase(name: "02 bare units row", input: """
        <table border="1">
        <tr><td>指标</td><td>金额</td><td>占比</td></tr>
        <tr><td>单位</td><td>万元</td><td>%</td></tr>
        <tr><td>基本支出</td><td>2,860.4</td><td>62.5</td></tr>
        <tr><td>项目支出</td><td>1,716.2</td><td>37.5</td></tr>
        </table>
        """, wants: [
            TableWant(1, "2,860.4", rows: ["基本支出"], col: "金额（万元）", 28_604_000, "元"),
            TableWant(1, "37.5", rows: ["项目支出"], col: "占比（%）", 37.5, "%"),
        ])

    /// 03: quarter ranges (`1—3月`) key the rows; they are periods, not figures.
    static let quarterRowKeys = TableBlindThreeCase(name: "03 quarter row keys", input: """
        <table border="1">
        <tr><td>时段</td><td>受理（件）</td><td>办结（件）</td></tr>
        <tr><td>1—3月</td><td>412</td><td>398</td></tr>
        <tr><td>4—6月</td><td>506</td><td>488</td></tr>
        <tr><td>7—9月</td><td>478</td><td>470</td></tr>
        </table>
        """, wants: [
            TableWant(1, "412", row: "1—3月", col: "受理（件）", 412, "件"),
            TableWant(1, "488", row: "4—6月", col: "办结（件）", 488, "件"),
            TableWant(1, "478", row: "7—9月", col: "受理（件）", 478, "件"),
        ])

    /// 04: a header unit with a magnitude and a compound unit (`（万人次）`).
    static let tenThousandVisitsHeader = TableBlindThreeCase(name: "04 ten-thousand visits header", input: """
        <table border="1">
        <tr><td>平台</td><td>访问量（万人次）</td><td>办件量（万件）</td></tr>
        <tr><td>政务服务网</td><td>326.5</td><td>48.2</td></tr>
        <tr><td>移动端</td><td>812.0</td><td>95.6</td></tr>
        </table>
        """, wants: [
            TableWant(1, "326.5", row: "政务服务网", col: "访问量（万人次）", 3_265_000, "人次"),
            TableWant(1, "95.6", row: "移动端", col: "办件量（万件）", 956_000, "件"),
        ])

    /// 05: `<th>` across the first row and down the first column.
    static let bothAxesTH = TableBlindThreeCase(name: "05 th on both axes", input: """
        <table border="1">
        <tr><th>类别</th><th>复议</th><th>诉讼</th></tr>
        <tr><th>收案</th><td>64</td><td>31</td></tr>
        <tr><th>结案</th><td>58</td><td>27</td></tr>
        <tr><th>纠错</th><td>9</td><td>3</td></tr>
        </table>
        """, wants: [
            TableWant(1, "64", row: "收案", col: "复议", 64),
            TableWant(1, "27", row: "结案", col: "诉讼", 27),
            TableWant(1, "3", row: "纠错", col: "诉讼", 3),
        ])

    /// 06: full-width commas as thousands separators (`1，234`), as scanned or hand-typed tables have them.
    static let fullWidthThousands = TableBlindThreeCase(name: "06 full-width thousands commas", input: """
        <table border="1">
        <tr><td>事项</td><td>件数</td></tr>
        <tr><td>即办件</td><td>12，406</td></tr>
        <tr><td>承诺件</td><td>3，518</td></tr>
        <tr><td>联办件</td><td>986</td></tr>
        </table>
        """, wants: [
            TableWant(1, "12，406", row: "即办件", col: "件数", 12406),
            TableWant(1, "3，518", row: "承诺件", col: "件数", 3518),
            TableWant(1, "986", row: "联办件", col: "件数", 986),
        ])
}
