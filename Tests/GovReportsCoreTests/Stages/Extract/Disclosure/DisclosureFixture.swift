@testable import GovReportsCore

/// Builders for disclosure-table grids the way clean resolves spans: a spanned slot repeats its origin's text.
enum DisclosureFixture {
    /// The extractor over the bundled rules.
    static let extractor = try! DisclosureExtractor()

    /// The six applicant columns and 总计.
    static let applicantHeader = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

    /// Table 三 as a grid with `labelWidth` label columns; `rows` are (label path, seven values).
    static func applications(_ rows: [([String], [String])], labelWidth: Int = 3, index: Int = 1) -> TableGrid {
        let note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
        let lead = Array(repeating: TableGridCell(text: note, isHeader: true, isSpanned: true), count: labelWidth)
        var grid: [[TableGridCell]] = [
            lead + Array(repeating: TableGridCell(text: "申请人情况", isHeader: true, isSpanned: true), count: 7),
            lead + [TableGridCell(text: "自然人", isHeader: true)]
                + Array(repeating: TableGridCell(text: "法人或其他组织", isHeader: true, isSpanned: true), count: 5)
                + [TableGridCell(text: "总计", isHeader: true)],
            lead + ["自然人", "商业 企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"].map { TableGridCell(text: $0, isHeader: true, isSpanned: $0 == "自然人" || $0 == "总计") },
        ]
        for (path, values) in rows {
            let labels = path + Array(repeating: path.last!, count: labelWidth - path.count)
            grid.append(labels.map { TableGridCell(text: $0) } + values.map { TableGridCell(text: $0) })
        }
        return TableGrid(index: index, rows: grid, headerRows: 3, headerColumns: labelWidth)
    }

    /// Seven values: six applicant counts and their sum.
    static func seven(_ six: [Int]) -> [String] { (six + [six.reduce(0, +)]).map(String.init) }

    /// A consistent 2021 table 三: 10 new by natural persons, 2 by companies, 1 carried in, every request handled
    /// (disclosed 5+1, partly 1, not held 3+1, other_other 1), 1 carried out.
    static func applications2021(labelWidth: Int = 3, carriedOutTotal: String? = nil) -> TableGrid {
        let zero = seven([0, 0, 0, 0, 0, 0])
        let r = "三、本年度办理结果"
        var rows: [([String], [String])] = [
            (["一、本年新收政府信息公开申请数量"], seven([10, 2, 0, 0, 0, 0])),
            (["二、上年结转政府信息公开申请数量"], seven([1, 0, 0, 0, 0, 0])),
            ([r, "（一）予以公开"], seven([5, 1, 0, 0, 0, 0])),
            ([r, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], seven([1, 0, 0, 0, 0, 0])),
        ]
        for l in ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                  "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"] {
            rows.append(([r, "（三）不予公开", l], zero))
        }
        rows.append(([r, "（四）无法提供", "1.本机关不掌握相关政府信息"], seven([2, 1, 0, 0, 0, 0])))
        rows.append(([r, "（四）无法提供", "2.没有现成信息需要另行制作"], seven([1, 0, 0, 0, 0, 0])))
        rows.append(([r, "（四）无法提供", "3.补正后申请内容仍不明确"], zero))
        for l in ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"] {
            rows.append(([r, "（五）不予处理", l], zero))
        }
        rows.append(([r, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], zero))
        rows.append(([r, "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], zero))
        rows.append(([r, "（六）其他处理", "3.其他"], seven([1, 0, 0, 0, 0, 0])))
        rows.append(([r, "（七）总计"], seven([10, 2, 0, 0, 0, 0])))
        var out = seven([1, 0, 0, 0, 0, 0])
        if let carriedOutTotal { out[6] = carriedOutTotal }
        rows.append((["四、结转下年度继续办理"], out))
        if labelWidth == 2 { rows = rows.map { (p, v) in (p.first == r ? Array(p.dropFirst()) : p, v) } }
        return applications(rows, labelWidth: labelWidth)
    }

    /// Table 四 in the template's three header rows.
    static func review(_ values: [String], index: Int = 2) -> TableGrid {
        let results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        let h = { (t: String) in TableGridCell(text: t, isHeader: true) }
        let top = Array(repeating: h("行政复议"), count: 5) + Array(repeating: h("行政诉讼"), count: 10)
        let mid = results.map(h) + Array(repeating: h("未经复议直接起诉"), count: 5) + Array(repeating: h("复议后起诉"), count: 5)
        let low = results.map(h) + results.map(h) + results.map(h)
        return TableGrid(index: index, rows: [top, mid, low, values.map { TableGridCell(text: $0) }], headerRows: 3)
    }

    /// A grid from rows of texts.
    static func grid(_ rows: [[String]], index: Int = 1) -> TableGrid {
        TableGrid(index: index, rows: rows.map { $0.map { TableGridCell(text: $0) } })
    }

    /// The cell `table/row/col` of `cells`.
    static func cell(_ cells: [DisclosureCell], _ key: String) -> DisclosureCell? {
        cells.first { "\($0.table)/\($0.rowID)/\($0.colID)" == key }
    }
}
