import Testing
@testable import GovReportsCore

/// The template's tables recognized in grids (spans resolved, as clean gives them) and their checks.
@Suite("DisclosureRecognizer")
struct DisclosureRecognizerTests {
    /// Cells and diagnostics of `grids`.
    private func run(_ grids: [TableGrid], year: Int? = nil) -> (cells: [DisclosureCell], diagnostics: [Diagnostic]) {
        DisclosureFixture.extractor.extract(tables: grids, text: "", reportYear: year, quantities: [], scalars: [])
    }

    /// Three label columns or two (no 三、本年度办理结果 column): the same canonical cells, no check failing.
    @Test(arguments: [3, 2])
    func applicationsLabelWidths(width: Int) {
        let x = run([DisclosureFixture.applications2021(labelWidth: width)])
        let c = x.cells
        #expect(Set(c.filter { $0.table == "applications" }.map(\.rowID)).count == 25, "\(x.diagnostics)")
        #expect(c.filter { $0.table == "applications" }.count == 25 * 7, "the 2021 table has 25 rows: no single （六） row")
        #expect(DisclosureFixture.cell(c, "applications/new/natural")?.value == 10)
        // 商业<br>企业 arrives as 商业 企业: whitespace does not matter.
        #expect(DisclosureFixture.cell(c, "applications/new/commercial")?.value == 2)
        #expect(DisclosureFixture.cell(c, "applications/unavailable_not_held/total")?.value == 3)
        #expect(DisclosureFixture.cell(c, "applications/other_other/natural")?.value == 1)
        #expect(DisclosureFixture.cell(c, "applications/carried_out/total")?.value == 1)
        #expect(c.first?.template == "2021")
        #expect(!x.diagnostics.contains { $0.severity == .warning }, "\(x.diagnostics)")
    }

    /// A table that breaks its own identity is reported with the cells named, and the value is kept as written.
    @Test func identityFailure() {
        let x = run([DisclosureFixture.applications2021(carriedOutTotal: "4")])
        let identity = x.diagnostics.filter { $0.code == .disclosureIdentity }
        #expect(identity.count == 1)
        #expect(identity.first?.message.contains("column total") == true)
        #expect(identity.first?.message.contains("carried_out 4") == true)
        #expect(x.diagnostics.contains { $0.code == .disclosureColumnTotal })
        #expect(DisclosureFixture.cell(x.cells, "applications/carried_out/total")?.value == 4)
    }

    /// （七）总计 that is not the sum of its parts.
    @Test func rowTotal() {
        var g = DisclosureFixture.applications2021()
        // Raise 予以公开 for natural persons and its 总计 without touching （七）.
        let r = g.rows.firstIndex { $0.contains { $0.text == "（一）予以公开" } }!
        g.rows[r][3].text = "7"; g.rows[r][9].text = "8"
        let codes = Set(run([g]).diagnostics.map(\.code))
        #expect(codes.contains(.disclosureRowTotal))
    }

    /// Table 四 in its three header rows; a 总计 that is not the sum of its results is reported.
    @Test func review() {
        let values = ["1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0", "1", "0", "0", "3"]
        let x = run([DisclosureFixture.review(values)])
        #expect(DisclosureFixture.cell(x.cells, "review_litigation/review/total")?.value == 2)
        #expect(DisclosureFixture.cell(x.cells, "review_litigation/litigation_after_review/corrected")?.value == 1)
        let d = x.diagnostics.filter { $0.code == .disclosureReviewTotal }
        #expect(d.count == 1 && d[0].message.contains("litigation_after_review"))
        // No version evidence in 四 alone: the report year decides, and says so.
        #expect(run([DisclosureFixture.review(values)], year: 2020).cells.first?.template == "2019")
        #expect(run([DisclosureFixture.review(values)], year: 2020).diagnostics.contains { $0.code == .disclosureTemplateInferred })
    }

    /// The 2019 第二十条 sub-tables split into grids, and the 2021 ones joined in one grid with colspans.
    @Test func proactiveSplitAndJoined() {
        let split = [
            DisclosureFixture.grid([["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "0", "0", "2"], ["规范性文件", "5", "5", "48"]], index: 1),
            DisclosureFixture.grid([["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "120", "+6", "3350"], ["其他对外管理服务事项", "45", "-2", "812"]], index: 2),
            DisclosureFixture.grid([["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购", "14", "251000元"]], index: 3),
        ]
        let a = run(split).cells
        #expect(DisclosureFixture.cell(a, "proactive/normative/public_total")?.value == 48)
        #expect(DisclosureFixture.cell(a, "proactive/other_services/change")?.value == -2)
        #expect(DisclosureFixture.cell(a, "proactive/procurement/amount")?.value == 25.1)
        #expect(a.first?.template == "2019")
        let joined = DisclosureFixture.grid([
            ["第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项"],
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"], ["行政规范性文件", "3", "1", "25"],
            ["信息内容", "本年处理决定数量", "本年处理决定数量", "本年处理决定数量"], ["行政处罚", "86", "86", "86"],
        ])
        let b = run([joined]).cells
        #expect(DisclosureFixture.cell(b, "proactive/normative/repealed")?.value == 1)
        #expect(DisclosureFixture.cell(b, "proactive/penalty/decisions")?.value == 86)
        #expect(b.filter { $0.rowID == "penalty" }.count == 1)
        #expect(b.first?.template == "2021")
    }

    /// Blank cells are missing with blank set, never 0; a word in a data cell is unreadable and said so.
    @Test func blankAndUnreadable() {
        var g = DisclosureFixture.applications2021()
        let r = g.rows.firstIndex { $0.contains { $0.text == "二、上年结转政府信息公开申请数量" } }!
        g.rows[r][4].text = ""; g.rows[r][5].text = "—"; g.rows[r][6].text = "见附件"
        let x = run([g])
        let empty = DisclosureFixture.cell(x.cells, "applications/carried_in/commercial")
        #expect(empty?.blank == true && empty?.value == nil)
        #expect(DisclosureFixture.cell(x.cells, "applications/carried_in/research")?.blank == true)
        let word = DisclosureFixture.cell(x.cells, "applications/carried_in/social")
        #expect(word?.blank == false && word?.value == nil && word?.text == "见附件")
        #expect(x.diagnostics.contains { $0.code == .disclosureCellUnreadable })
    }

    /// The 2019 layout of the GBK sample as clean's grids give it: two label columns, the organisation columns left
    /// empty where they are 0, one （六）其他处理 row; blanks are blank and the table still adds up.
    @Test func blankCells2019() {
        let b = ["", "", "", "", ""]
        func row(_ natural: Int, _ total: Int) -> [String] { [String(natural)] + b + [String(total)] }
        var rows: [([String], [String])] = [
            (["一、本年新收政府信息公开申请数量"], row(4, 4)), (["二、上年结转政府信息公开申请数量"], row(1, 1)),
            (["（一）予以公开"], row(3, 3)), (["（二）部分公开"], row(0, 0)),
        ]
        for l in ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                  "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"] {
            rows.append((["（三）不予公开", l], row(0, 0)))
        }
        rows.append((["（四）无法提供", "1.本机关不掌握相关政府信息"], row(1, 1)))
        rows.append((["（五）不予处理", "2.重复申请"], row(0, 0)))
        rows.append((["（六）其他处理"], row(1, 1)))
        rows.append((["（七）总计"], row(5, 5)))
        rows.append((["四、结转下年度继续办理"], row(0, 0)))
        let x = run([DisclosureFixture.applications(rows, labelWidth: 2)])
        #expect(DisclosureFixture.cell(x.cells, "applications/other/total")?.value == 1)
        #expect(DisclosureFixture.cell(x.cells, "applications/refused_query/natural")?.value == 0)
        let blank = DisclosureFixture.cell(x.cells, "applications/total_handled/legal")
        #expect(blank?.blank == true && blank?.value == nil)
        #expect(x.cells.first?.template == "2019")
        #expect(!x.diagnostics.contains { $0.severity == .warning }, "\(x.diagnostics)")
    }

    /// A table of something else that mentions 总计 and 自然人 is not the template.
    @Test func otherTablesIgnored() {
        let g = DisclosureFixture.grid([["类别", "自然人", "总计"], ["咨询", "3", "3"], ["投诉", "1", "1"]])
        #expect(run([g]).cells.isEmpty)
    }

    /// The text restating a total differently is reported with both numbers.
    @Test func textMismatch() throws {
        let text = "本年度新收政府信息公开申请13件，上年结转1件。"
        let stage = try ExtractStage(config: ExtractConfig(), baseDirectory: .init(fileURLWithPath: "/"))
        let doc = NormalizedDocument(docID: "d", source: "s", sha256: "", encoding: "utf-8", page: PageMetadata(), title: nil,
                                     text: text, removed: [], diagnostics: [], tables: [DisclosureFixture.applications2021()])
        let x = stage.extract(doc)
        let d = x.diagnostics.filter { $0.code == .disclosureTextMismatch }
        #expect(d.count == 1 && d[0].message.contains("13件") && d[0].message.contains("12"))
        #expect(!x.disclosure.isEmpty)
    }

    /// Figures that break a total down (其中 …, a clause's later numbers) are no restatements; agreeing ones raise nothing.
    @Test func textAgreementAndBreakdowns() throws {
        let text = "本年度新收政府信息公开申请12件，其中自然人申请10件、法人或其他组织申请2件；上年结转1件，结转下年度1件。"
        let stage = try ExtractStage(config: ExtractConfig(), baseDirectory: .init(fileURLWithPath: "/"))
        let doc = NormalizedDocument(docID: "d", source: "s", sha256: "", encoding: "utf-8", page: PageMetadata(), title: nil,
                                     text: text, removed: [], diagnostics: [], tables: [DisclosureFixture.applications2021()])
        #expect(!stage.extract(doc).diagnostics.contains { $0.code == .disclosureTextMismatch })
    }
}
