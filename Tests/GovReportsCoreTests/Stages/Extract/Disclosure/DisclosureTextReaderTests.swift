import Foundation
import Testing
@testable import GovReportsCore

/// Plain-text template tables read back into grids and cells.
@Suite("DisclosureTextReader")
struct DisclosureTextReaderTests {
    /// The cells of `text` read with no grids.
    private func cells(_ text: String, year: Int? = nil) -> (cells: [DisclosureCell], diagnostics: [Diagnostic]) {
        DisclosureFixture.extractor.extract(tables: [], text: text, reportYear: year, quantities: [], scalars: [])
    }

    /// Lines of 三 as the template lays them out, flattened one row per line, or one cell per line.
    private func applicationsText(oneCellPerLine: Bool, otherRows2021: Bool = true) -> String {
        var rows: [[String]] = [["三、收到和处理政府信息公开申请情况"], ["申请人情况"], ["自然人", "法人或其他组织", "总计"],
                                ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
        let zero = ["0", "0", "0", "0", "0", "0", "0"]
        rows.append(["一、本年新收政府信息公开申请数量", "5", "1", "0", "0", "0", "0", "6"])
        rows.append(["二、上年结转政府信息公开申请数量", "1", "-", "-", "-", "-", "-", "1"])
        rows.append(["三、本年度办理结果", "（一）予以公开", "3", "1", "0", "0", "0", "0", "4"])
        rows.append(["（二）部分公开"] + zero)
        rows.append(["（三）不予公开", "1.属于国家秘密"] + zero)
        for l in ["2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
                  "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"] { rows.append([l] + zero) }
        rows.append(["（四）无法提供", "1.本机关不掌握相关政府信息", "2", "0", "0", "0", "0", "0", "2"])
        rows.append(["2.没有现成信息需要另行制作"] + zero)
        rows.append(["（五）不予处理", "2.重复申请"] + zero)
        if otherRows2021 {
            rows.append(["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"] + zero)
            rows.append(["3.其他", "1", "0", "0", "0", "0", "0", "1"])
        } else {
            rows.append(["（六）其他处理", "1", "0", "0", "0", "0", "0", "1"])
        }
        rows.append(["（七）总计", "6", "1", "0", "0", "0", "0", "7"])
        rows.append(["四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"])
        rows.append(["五、存在的主要问题及改进情况"])
        return oneCellPerLine ? rows.flatMap { $0 }.joined(separator: "\n") : rows.map { $0.joined(separator: " ") }.joined(separator: "\n")
    }

    /// Both flattenings give the same cells: columns in the template's order though the flattened header lists
    /// 总计 before 商业企业, group labels (（四）无法提供) carried to their later sub-rows, `3.其他` a label.
    @Test(arguments: [false, true])
    func applications(oneCellPerLine: Bool) {
        let x = cells(applicationsText(oneCellPerLine: oneCellPerLine))
        let c = x.cells
        #expect(DisclosureFixture.cell(c, "applications/new/commercial")?.value == 1)
        #expect(DisclosureFixture.cell(c, "applications/new/total")?.value == 6)
        #expect(DisclosureFixture.cell(c, "applications/unavailable_needs_making/total")?.value == 0)
        #expect(DisclosureFixture.cell(c, "applications/unavailable_not_held/natural")?.value == 2)
        #expect(DisclosureFixture.cell(c, "applications/other_other/total")?.value == 1)
        #expect(DisclosureFixture.cell(c, "applications/carried_out/total")?.value == 0)
        let blank = DisclosureFixture.cell(c, "applications/carried_in/legal")
        #expect(blank?.blank == true && blank?.value == nil)
        #expect(c.allSatisfy { $0.template == "2021" })
        // The table adds up: no check fires.
        #expect(!x.diagnostics.contains { $0.severity == .warning })
    }

    /// The 2019 single 其他处理 row, with the structure alone deciding the version.
    @Test func single2019OtherRow() {
        let c = cells(applicationsText(oneCellPerLine: false, otherRows2021: false), year: 2023).cells
        #expect(DisclosureFixture.cell(c, "applications/other/total")?.value == 1)
        #expect(c.allSatisfy { $0.template == "2019" })
    }

    /// Prose with numbers is not a table: sentences never become rows.
    @Test func proseIsNotATable() {
        let text = "本年度新收政府信息公开申请36件，上年结转2件。\n其中自然人 30 件\n予以公开 12 2 0 0 0 1 15"
        #expect(cells(text).cells.isEmpty)
    }

    /// Table 四 flattened: group and result labels, then fifteen values.
    @Test func review() {
        let text = "行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
            + "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
            + "2 1 0 0 3 0 0 0 1 1 0 0 0 0 0"
        let c = cells(text).cells
        #expect(DisclosureFixture.cell(c, "review_litigation/review/total")?.value == 3)
        #expect(DisclosureFixture.cell(c, "review_litigation/litigation_direct/pending")?.value == 1)
        #expect(DisclosureFixture.cell(c, "review_litigation/litigation_after_review/total")?.value == 0)
    }

    /// The 第二十条 sub-tables flattened, each header followed by its rows; a money cell in 元 becomes 万元.
    @Test func proactive() {
        let text = """
        第二十条第（一）项
        信息内容 本年制发件数 本年废止件数 现行有效件数
        规章 0 0 3
        行政规范性文件 4 1 40
        第二十条第（五）项
        信息内容 本年处理决定数量
        行政许可 512
        第二十条第（八）项
        信息内容 本年收费金额（单位：万元）
        行政事业性收费 38000元
        """
        let x = cells(text)
        #expect(DisclosureFixture.cell(x.cells, "proactive/normative/in_force")?.value == 40)
        #expect(DisclosureFixture.cell(x.cells, "proactive/licensing/decisions")?.value == 512)
        #expect(DisclosureFixture.cell(x.cells, "proactive/fees/fee_amount")?.value == 3.8, "元 → 万元 without binary residue")
        #expect(x.diagnostics.contains { $0.code == .disclosureUnitConverted })
        #expect(x.cells.allSatisfy { $0.template == "2021" })
    }
}
