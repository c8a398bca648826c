@testable import GovReportsCore

/// The blind-round-3 table set: 15 own inputs (invented labels and figures), written before reading the table rules
/// and measured on main `1b4907b` before any change. 统计公报 tables with a unit column, units in a caption line or in
/// header brackets, two-level headers, row groups, tables split over two `<table>`s, note/total rows and blank marks,
/// full-width digits and thousands separators, the disclosure 二/三/四 blocks with `0` cells, layout tables that are no
/// data tables, and tables in text reports (tab and multi-space columns).
enum TableBlindThreeCases {
    /// Every case, in the order of the note's figures.
    static let all: [TableBlindThreeCase] = [
        bulletinUnitColumn, captionUnitLineTotals, headerBracketUnitsFullWidth, twoLevelColspanHeaders,
        rowGroupsSubtotals, splitSameShape, splitTwoLevelContinued, headerlessOtherShape, noteTotalPlaceholders,
        disclosureProactive, disclosureApplications, disclosureReview, layoutTables, textTabColumns,
        textSpaceColumns,
    ]

    /// 01: 统计公报 指标 | 单位 | 绝对数 | 比上年增长%, indented sub-rows, a dash for a missing growth.
    static let bulletinUnitColumn = TableBlindThreeCase(name: "01 bulletin unit column", input: """
        <p>表1 2024年全市主要经济指标</p>
        <table border="1">
        <tr><td>指标</td><td>单位</td><td>绝对数</td><td>比上年增长%</td></tr>
        <tr><td>地区生产总值</td><td>亿元</td><td>1,286.5</td><td>5.8</td></tr>
        <tr><td>　　第一产业</td><td>亿元</td><td>96.4</td><td>3.2</td></tr>
        <tr><td>　　第二产业</td><td>亿元</td><td>512.7</td><td>6.4</td></tr>
        <tr><td>城镇新增就业</td><td>万人</td><td>2.36</td><td>-3.4</td></tr>
        <tr><td>城镇居民人均可支配收入</td><td>元</td><td>45,236</td><td>5.1</td></tr>
        <tr><td>粮食播种面积</td><td>万亩</td><td>138.2</td><td>—</td></tr>
        </table>
        """, wants: [
            TableWant(1, "1,286.5", row: "地区生产总值", col: "绝对数", 128_650_000_000, "元"),
            TableWant(1, "96.4", row: "第一产业", col: "绝对数", 9_640_000_000, "元"),
            TableWant(1, "5.8", row: "地区生产总值", col: "比上年增长%", 5.8, "%"),
            TableWant(1, "6.4", row: "第二产业", col: "比上年增长%", 6.4, "%"),
            TableWant(1, "2.36", row: "城镇新增就业", col: "绝对数", 23_600, "人"),
            TableWant(1, "-3.4", row: "城镇新增就业", col: "比上年增长%", -3.4, "%"),
            TableWant(1, "45,236", row: "城镇居民人均可支配收入", col: "绝对数", 45_236, "元"),
            TableWant(1, "138.2", row: "粮食播种面积", col: "绝对数", 1_382_000, "亩"),
            TableWant(1, "—", row: "粮食播种面积", col: "比上年增长%", nil),
        ])

    /// 02: a right-aligned `单位：万元` line under the title, `<th>` header, 其中： sub-row, 合计 row, a ratio column.
    static let captionUnitLineTotals = TableBlindThreeCase(name: "02 caption unit line, totals", input: """
        <p style="text-align:center">表3 2024年一般公共预算收支执行情况</p>
        <p style="text-align:right">单位：万元</p>
        <table>
        <tr><th>项目</th><th>预算数</th><th>执行数</th><th>完成预算%</th></tr>
        <tr><td>一般公共预算收入</td><td>86,420</td><td>88,105</td><td>102.0</td></tr>
        <tr><td>其中：税收收入</td><td>61,300</td><td>60,874</td><td>99.3</td></tr>
        <tr><td>一般公共预算支出</td><td>152,600</td><td>149,382</td><td>97.9</td></tr>
        <tr><td>合计</td><td>239,020</td><td>237,487</td><td>—</td></tr>
        </table>
        """, wants: [
            TableWant(1, "88,105", row: "一般公共预算收入", col: "执行数", 881_050_000, "元"),
            TableWant(1, "61,300", rows: ["其中：税收收入", "税收收入"], col: "预算数", 613_000_000, "元"),
            TableWant(1, "237,487", row: "合计", col: "执行数", 2_374_870_000, "元"),
            TableWant(1, "102.0", row: "一般公共预算收入", col: "完成预算%", 102, "%"),
            TableWant(1, "97.9", row: "一般公共预算支出", col: "完成预算%", 97.9, "%"),
            TableWant(1, "—", row: "合计", col: "完成预算%", nil),
        ])

    /// 03: units in header brackets (full-width and ASCII), full-width digits and commas in one row.
    static let headerBracketUnitsFullWidth = TableBlindThreeCase(name: "03 header bracket units, full-width", input: """
        <table border="1">
        <tr><td>行业</td><td>企业数（个）</td><td>营业收入（亿元）</td><td>利润总额(万元)</td><td>增长（%）</td></tr>
        <tr><td>制造业</td><td>１，２０６</td><td>３２６．８</td><td>４８，５１０</td><td>６．２</td></tr>
        <tr><td>建筑业</td><td>418</td><td>95.42</td><td>12,037</td><td>-1.8</td></tr>
        <tr><td>批发和零售业</td><td>2,315</td><td>188.06</td><td>9,864</td><td>4.0</td></tr>
        </table>
        """, wants: [
            TableWant(1, "１，２０６", row: "制造业", col: "企业数（个）", 1206, "个"),
            TableWant(1, "３２６．８", row: "制造业", col: "营业收入（亿元）", 32_680_000_000, "元"),
            TableWant(1, "４８，５１０", row: "制造业", col: "利润总额(万元)", 485_100_000, "元"),
            TableWant(1, "６．２", row: "制造业", col: "增长（%）", 6.2, "%"),
            TableWant(1, "-1.8", row: "建筑业", col: "增长（%）", -1.8, "%"),
            TableWant(1, "188.06", row: "批发和零售业", col: "营业收入（亿元）", 18_806_000_000, "元"),
            TableWant(1, "9,864", row: "批发和零售业", col: "利润总额(万元)", 98_640_000, "元"),
        ])

    /// 04: years across as a colspan level over 户数 / 金额（万元）, a rowspan corner, a 合计 row.
    static let twoLevelColspanHeaders = TableBlindThreeCase(name: "04 two-level colspan headers", input: """
        <table border="1">
        <tr><td rowspan="2">乡镇（街道）</td><td colspan="2">2023年</td><td colspan="2">2024年</td></tr>
        <tr><td>户数</td><td>金额（万元）</td><td>户数</td><td>金额（万元）</td></tr>
        <tr><td>城关街道</td><td>1,204</td><td>356.2</td><td>1,318</td><td>402.7</td></tr>
        <tr><td>东岭镇</td><td>786</td><td>210.5</td><td>802</td><td>228.9</td></tr>
        <tr><td>合计</td><td>1,990</td><td>566.7</td><td>2,120</td><td>631.6</td></tr>
        </table>
        """, wants: [
            TableWant(1, "1,204", row: "城关街道", col: "2023年 / 户数", 1204),
            TableWant(1, "402.7", row: "城关街道", col: "2024年 / 金额（万元）", 4_027_000, "元"),
            TableWant(1, "210.5", row: "东岭镇", col: "2023年 / 金额（万元）", 2_105_000, "元"),
            TableWant(1, "2,120", row: "合计", col: "2024年 / 户数", 2120),
            TableWant(1, "631.6", row: "合计", col: "2024年 / 金额（万元）", 6_316_000, "元"),
        ])

    /// 05: row groups by rowspan with 小计 and 其中： sub-rows, a colspan 合计, header units.
    static let rowGroupsSubtotals = TableBlindThreeCase(name: "05 row groups, subtotals", input: """
        <table border="1">
        <tr><td colspan="2">支出类别</td><td>2024年决算（万元）</td><td>占比（%）</td></tr>
        <tr><td rowspan="3">基本支出</td><td>小计</td><td>2,860.4</td><td>62.5</td></tr>
        <tr><td>人员经费</td><td>2,315.0</td><td>50.6</td></tr>
        <tr><td>公用经费</td><td>545.4</td><td>11.9</td></tr>
        <tr><td rowspan="2">项目支出</td><td>小计</td><td>1,716.2</td><td>37.5</td></tr>
        <tr><td>其中：专项业务</td><td>1,204.8</td><td>26.3</td></tr>
        <tr><td colspan="2">合计</td><td>4,576.6</td><td>100.0</td></tr>
        </table>
        """, wants: [
            TableWant(1, "2,315.0", row: "基本支出 / 人员经费", col: "2024年决算（万元）", 23_150_000, "元"),
            TableWant(1, "1,716.2", row: "项目支出 / 小计", col: "2024年决算（万元）", 17_162_000, "元"),
            TableWant(1, "26.3", rows: ["项目支出 / 其中：专项业务", "项目支出 / 专项业务"], col: "占比（%）", 26.3, "%"),
            TableWant(1, "4,576.6", row: "合计", col: "2024年决算（万元）", 45_766_000, "元"),
            TableWant(1, "100.0", row: "合计", col: "占比（%）", 100, "%"),
        ])

    /// 06: a table split over two `<table>`s of the same four columns; the second part has no header row.
    static let splitSameShape = TableBlindThreeCase(name: "06 split, same shape", input: """
        <p>表2 各区县行政审批办件情况（2024年）</p>
        <table border="1"><tr><td>区县</td><td>受理件数</td><td>办结件数</td><td>按期办结率</td></tr>
        <tr><td>甲城区</td><td>3,412</td><td>3,398</td><td>99.6%</td></tr>
        <tr><td>乙城区</td><td>2,875</td><td>2,861</td><td>99.5%</td></tr></table>
        <table border="1"><tr><td>丙县</td><td>1,906</td><td>1,902</td><td>99.8%</td></tr>
        <tr><td>丁县</td><td>1,127</td><td>1,120</td><td>99.4%</td></tr>
        <tr><td>合计</td><td>9,320</td><td>9,281</td><td>99.6%</td></tr></table>
        """, wants: [
            TableWant(1, "3,412", row: "甲城区", col: "受理件数", 3412),
            TableWant(1, "99.5%", row: "乙城区", col: "按期办结率", 99.5, "%"),
            TableWant(2, "1,906", row: "丙县", col: "受理件数", 1906),
            TableWant(2, "99.4%", row: "丁县", col: "按期办结率", 99.4, "%"),
            TableWant(2, "9,281", row: "合计", col: "办结件数", 9281),
        ])

    /// 07: a split table whose first part has a two-level header (colspan) and header units; a `（续表）` line sits
    /// between the parts.
    static let splitTwoLevelContinued = TableBlindThreeCase(name: "07 split, two-level header, 续表", input: """
        <p>表4 2024年各街道民生实事完成情况</p>
        <table border="1">
        <tr><td rowspan="2">街道</td><td colspan="2">老旧小区改造</td><td colspan="2">养老服务</td></tr>
        <tr><td>小区（个）</td><td>投资（万元）</td><td>床位（张）</td><td>投资（万元）</td></tr>
        <tr><td>北关街道</td><td>6</td><td>1,820</td><td>120</td><td>460</td></tr>
        <tr><td>南湖街道</td><td>4</td><td>1,135</td><td>80</td><td>310</td></tr>
        </table>
        <p>（续表）</p>
        <table border="1">
        <tr><td>西山街道</td><td>3</td><td>967</td><td>60</td><td>245</td></tr>
        <tr><td>合计</td><td>13</td><td>3,922</td><td>260</td><td>1,015</td></tr>
        </table>
        """, wants: [
            TableWant(1, "1,820", row: "北关街道", col: "老旧小区改造 / 投资（万元）", 18_200_000, "元"),
            TableWant(2, "967", row: "西山街道", col: "老旧小区改造 / 投资（万元）", 9_670_000, "元"),
            TableWant(2, "60", row: "西山街道", col: "养老服务 / 床位（张）", 60, "张"),
            TableWant(2, "1,015", row: "合计", col: "养老服务 / 投资（万元）", 10_150_000, "元"),
        ])

    /// 08: a headerless table of another width right after a table: its columns must not be guessed from the
    /// first; its cells carry no column header and a diagnostic flags it.
    static let headerlessOtherShape = TableBlindThreeCase(name: "08 headerless, other shape", input: """
        <table border="1"><tr><td>项目</td><td>数量</td><td>金额（万元）</td><td>增长（%）</td></tr>
        <tr><td>新建学校</td><td>5</td><td>12,400</td><td>8.7</td></tr>
        <tr><td>改扩建学校</td><td>11</td><td>6,350</td><td>-2.1</td></tr></table>
        <p>另有部分项目情况如下：</p>
        <table border="1"><tr><td>校舍维修</td><td>23</td></tr>
        <tr><td>操场改造</td><td>9</td></tr>
        <tr><td>食堂提升</td><td>14</td></tr></table>
        """, wants: [
            TableWant(1, "12,400", row: "新建学校", col: "金额（万元）", 124_000_000, "元"),
            TableWant(1, "-2.1", row: "改扩建学校", col: "增长（%）", -2.1, "%"),
            TableWant(2, "23", row: "校舍维修", col: nil, 23),
            TableWant(2, "14", row: "食堂提升", col: nil, 14),
        ], flagsTable: 2)

    /// 09: header units `（件）`, blank marks `-` `/` `—` and an empty cell, a 合计 row and a closing 注： row.
    static let noteTotalPlaceholders = TableBlindThreeCase(name: "09 note, total, placeholders", input: """
        <table border="1">
        <tr><td>类别</td><td>受理（件）</td><td>办结（件）</td><td>满意率</td></tr>
        <tr><td>咨询</td><td>2,418</td><td>2,418</td><td>98.7%</td></tr>
        <tr><td>求助</td><td>936</td><td>-</td><td>97.1%</td></tr>
        <tr><td>投诉</td><td>1,052</td><td>1,037</td><td>/</td></tr>
        <tr><td>建议</td><td></td><td>—</td><td>—</td></tr>
        <tr><td>合计</td><td>4,406</td><td>3,455</td><td>98.2%</td></tr>
        <tr><td colspan="4">注：满意率按回访数计算，“-”表示未统计，“/”表示不适用。</td></tr>
        </table>
        """, wants: [
            TableWant(1, "2,418", row: "咨询", col: "受理（件）", 2418, "件"),
            TableWant(1, "-", row: "求助", col: "办结（件）", nil),
            TableWant(1, "97.1%", row: "求助", col: "满意率", 97.1, "%"),
            TableWant(1, "/", row: "投诉", col: "满意率", nil),
            TableWant(1, "", row: "建议", col: "受理（件）", nil),
            TableWant(1, "3,455", row: "合计", col: "办结（件）", 3455, "件"),
            TableWant(1, "98.2%", row: "合计", col: "满意率", 98.2, "%"),
        ])

    /// 10: disclosure 二 as four tables, each opened by its 第二十条 caption row, zeros written `0`.
    static let disclosureProactive = TableBlindThreeCase(name: "10 disclosure 二, 0 cells", input: """
        <p>二、主动公开政府信息情况</p>
        <table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>
        <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
        <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td>行政规范性文件</td><td>3</td><td>1</td><td>27</td></tr></table>
        <table border="1"><tr><td colspan="2">第二十条第（五）项</td></tr>
        <tr><td>信息内容</td><td>本年处理决定数量</td></tr>
        <tr><td>行政许可</td><td>1,216</td></tr></table>
        <table border="1"><tr><td colspan="2">第二十条第（六）项</td></tr>
        <tr><td>信息内容</td><td>本年处理决定数量</td></tr>
        <tr><td>行政处罚</td><td>58</td></tr>
        <tr><td>行政强制</td><td>0</td></tr></table>
        <table border="1"><tr><td colspan="2">第二十条第（八）项</td></tr>
        <tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr>
        <tr><td>行政事业性收费</td><td>12.6</td></tr></table>
        """, wants: [
            TableWant(1, "0", row: "规章", col: "本年废止件数", 0),
            TableWant(1, "27", row: "行政规范性文件", col: "现行有效件数", 27),
            TableWant(2, "1,216", row: "行政许可", col: "本年处理决定数量", 1216),
            TableWant(3, "0", row: "行政强制", col: "本年处理决定数量", 0),
            TableWant(4, "12.6", row: "行政事业性收费", col: "本年收费金额（单位：万元）", 126_000, "元"),
        ])

    /// 11: disclosure 三 (2021 template, three header rows, three label columns with rowspans), zeros `0`.
    static let disclosureApplications = TableBlindThreeCase(name: "11 disclosure 三, 0 cells", input: """
        <p>三、收到和处理政府信息公开申请情况</p>
        <table border="1">
        <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
        <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
        <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>17</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>20</td></tr>
        <tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
        <tr><td rowspan="6">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>9</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>10</td></tr>
        <tr><td colspan="2">（二）部分公开</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
        <tr><td rowspan="3">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td>3.危及“三安全一稳定”</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
        <tr><td colspan="2">（七）总计</td><td>12</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>13</td></tr>
        <tr><td colspan="3">四、结转下年度继续办理</td><td>6</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>8</td></tr>
        </table>
        """, wants: [
            TableWant(1, "0", row: "一、本年新收政府信息公开申请数量", col: "申请人情况 / 法人或其他组织 / 科研机构", 0),
            TableWant(1, "20", row: "一、本年新收政府信息公开申请数量", col: "申请人情况 / 总计", 20),
            TableWant(1, "9", row: "三、本年度办理结果 / （一）予以公开", col: "申请人情况 / 自然人", 9),
            TableWant(1, "0", row: "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", col: "申请人情况 / 总计", 0),
            TableWant(1, "1", row: "三、本年度办理结果 / （三）不予公开 / 3.危及“三安全一稳定”", col: "申请人情况 / 自然人", 1),
            TableWant(1, "13", row: "三、本年度办理结果 / （七）总计", col: "申请人情况 / 总计", 13),
            TableWant(1, "8", row: "四、结转下年度继续办理", col: "申请人情况 / 总计", 8),
        ])

    /// 12: disclosure 四: 行政复议 over five columns, 行政诉讼 over two five-column groups, no row header, zeros.
    static let disclosureReview = TableBlindThreeCase(name: "12 disclosure 四, 0 cells", input: """
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        <table border="1">
        <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
        <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
        <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
        <tr><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        </table>
        """, wants: [
            TableWant(1, "2", row: nil, col: "行政复议 / 总计", 2),
            TableWant(1, "0", row: nil, col: "行政复议 / 结果纠正", 0),
            TableWant(1, "1", row: nil, col: "行政诉讼 / 未经复议直接起诉 / 尚未审结", 1),
            TableWant(1, "0", row: nil, col: "行政诉讼 / 复议后起诉 / 总计", 0),
        ])

    /// 13: layout tables: a metadata box and prose inside an outer layout cell, and a two-column page layout (link
    /// list beside the article). No cell may come out.
    static let layoutTables = TableBlindThreeCase(name: "13 layout tables", input: """
        <table width="100%" class="layout"><tr><td>
        <table width="100%"><tr><td>索引号：11330200/2024-00157</td><td>发布机构：某区统计局</td></tr>
        <tr><td>发布日期：2024-03-18</td><td>浏览次数：326</td></tr></table>
        <p>2024年，全区规模以上工业企业达到412家，实现工业增加值186.4亿元，比上年增长6.8%。</p>
        <p>全年完成固定资产投资325.7亿元，比上年增长4.1%。</p>
        </td></tr></table>
        <table width="100%"><tr><td width="22%"><a href="/a">统计数据</a><br><a href="/b">统计分析</a><br><a href="/c">统计公报</a></td>
        <td><p>全年社会消费品零售总额218.9亿元，增长5.3%。</p><p>年末全区常住人口68.2万人。</p></td></tr></table>
        """, noCells: true)

    /// 14: a text report with a tab-separated 统计公报 table (unit column, growth column).
    static let textTabColumns = TableBlindThreeCase(name: "14 text, tab columns", input: """
        某县2024年国民经济和社会发展统计公报
        某县统计局
        2025年3月12日
        一、综合
        初步核算，全年全县地区生产总值412.6亿元，比上年增长6.1%。
        表1　2024年主要指标
        指标\t单位\t绝对数\t比上年增长%
        地区生产总值\t亿元\t412.6\t6.1
        一般公共预算收入\t亿元\t28.34\t3.7
        社会消费品零售总额\t亿元\t156.9\t5.2
        城镇居民人均可支配收入\t元\t41,806\t4.9
        二、农业
        全年粮食总产量31.5万吨，比上年增长1.2%。
        """, isText: true, wants: [
            TableWant(1, "412.6", row: "地区生产总值", col: "绝对数", 41_260_000_000, "元"),
            TableWant(1, "3.7", row: "一般公共预算收入", col: "比上年增长%", 3.7, "%"),
            TableWant(1, "156.9", row: "社会消费品零售总额", col: "绝对数", 15_690_000_000, "元"),
            TableWant(1, "41,806", row: "城镇居民人均可支配收入", col: "绝对数", 41_806, "元"),
        ])

    /// 15: a text report with a space-aligned table under a `单位：万元` line, and prose lines around it.
    static let textSpaceColumns = TableBlindThreeCase(name: "15 text, space columns", input: """
        某镇2024年财政预算执行情况报告
        一、收入情况
        全年一般公共预算收入完成27,982万元，为预算的100.8%。具体如下：
        单位：万元
        项目            预算数      执行数     完成预算%
        税收收入        21,450      22,108       103.1
        非税收入         6,320       5,874        92.9
        合计            27,770      27,982       100.8
        二、支出情况
        全年一般公共预算支出完成41,263万元，增长3.5%。
        """, isText: true, wants: [
            TableWant(1, "22,108", row: "税收收入", col: "执行数", 221_080_000, "元"),
            TableWant(1, "27,770", row: "合计", col: "预算数", 277_700_000, "元"),
            TableWant(1, "92.9", row: "非税收入", col: "完成预算%", 92.9, "%"),
        ])
}
