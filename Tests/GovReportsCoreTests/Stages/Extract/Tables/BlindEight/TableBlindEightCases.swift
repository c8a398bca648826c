@testable import GovReportsCore

/// The blind-round-8 table set: 5 own inputs (invented labels and figures), written before running the program on
/// them, in shapes rounds 3 to 7 do not hold: year-period column labels (`2023年末`, `2024年上半年`), a unit column
/// after the figures, a figure with its share in brackets in one cell, a 合计 row above its items, and a first row
/// whose only text is a table number in its first cell.
enum TableBlindEightCases {
    /// Every case, in the order of the note's figures.
    static let all: [TableBlindThreeCase] = [
        yearPeriodLabels, unitColumnAfterFigures, shareInBrackets, totalFirst, tableNumberRow,
    ]

    /// 01: year-period column labels (`2023年末`, `2024年末`; `2024年上半年`) over figures.
    static let yearPeriodLabels = TableBlindThreeCase(name: "01 year-period labels", input: """
        <table border="1">
        <tr><td>指标</td><td>2023年末</td><td>2024年末</td><td>2024年上半年</td></tr>
        <tr><td>执业律师（名）</td><td>412</td><td>436</td><td>428</td></tr>
        <tr><td>公证员（名）</td><td>38</td><td>41</td><td>40</td></tr>
        </table>
        """, wants: [
            TableWant(1, "436", row: "执业律师（名）", col: "2024年末", 436, "名"),
            TableWant(1, "38", row: "公证员（名）", col: "2023年末", 38, "名"),
            TableWant(1, "40", row: "公证员（名）", col: "2024年上半年", 40, "名"),
        ])

    /// 02: the 单位 column stands after the figures, not before them.
    static let unitColumnAfterFigures = TableBlindThreeCase(name: "02 unit column after figures", input: """
        <table border="1">
        <tr><td>指标</td><td>2023年</td><td>2024年</td><td>单位</td></tr>
        <tr><td>行政复议收案</td><td>58</td><td>64</td><td>件</td></tr>
        <tr><td>法律援助经费</td><td>126.4</td><td>138.0</td><td>万元</td></tr>
        </table>
        """, wants: [
            TableWant(1, "64", row: "行政复议收案", col: "2024年", 64, "件"),
            TableWant(1, "126.4", row: "法律援助经费", col: "2023年", 1_264_000, "元"),
        ])

    /// 03: a count with its share in brackets in one cell (`326（12.5%）`): two figures, so the cell has no single
    /// value; the plain cells beside it keep theirs.
    static let shareInBrackets = TableBlindThreeCase(name: "03 share in brackets", input: """
        <table border="1">
        <tr><td>答复类型</td><td>件数（占比）</td><td>上年件数</td></tr>
        <tr><td>予以公开</td><td>326（62.5%）</td><td>298</td></tr>
        <tr><td>不予公开</td><td>41（7.9%）</td><td>37</td></tr>
        </table>
        """, wants: [
            TableWant(1, "326（62.5%）", row: "予以公开", col: "件数（占比）", nil),
            TableWant(1, "298", row: "予以公开", col: "上年件数", 298),
            TableWant(1, "37", row: "不予公开", col: "上年件数", 37),
        ])

    /// 04: the 合计 row above the items it sums.
    static let totalFirst = TableBlindThreeCase(name: "04 total row first", input: """
        <table border="1">
        <tr><td>部门</td><td>行政处罚（件）</td><td>罚没金额（万元）</td></tr>
        <tr><td>合计</td><td>1,482</td><td>612.8</td></tr>
        <tr><td>市场监管</td><td>906</td><td>401.5</td></tr>
        <tr><td>城市管理</td><td>576</td><td>211.3</td></tr>
        </table>
        """, wants: [
            TableWant(1, "1,482", row: "合计", col: "行政处罚（件）", 1482, "件"),
            TableWant(1, "211.3", row: "城市管理", col: "罚没金额（万元）", 2_113_000, "元"),
        ])

    /// 05: a first row whose only text is the table's number (`表2`) in its first cell, the header row below it.
    static let tableNumberRow = TableBlindThreeCase(name: "05 table number row", input: """
        <table border="1">
        <tr><td>表2</td><td></td><td></td></tr>
        <tr><td>乡镇</td><td>调解（件）</td><td>成功（件）</td></tr>
        <tr><td>城关镇</td><td>312</td><td>304</td></tr>
        <tr><td>白沙镇</td><td>186</td><td>178</td></tr>
        </table>
        """, wants: [
            TableWant(1, "312", row: "城关镇", col: "调解（件）", 312, "件"),
            TableWant(1, "178", row: "白沙镇", col: "成功（件）", 178, "件"),
        ])
}
