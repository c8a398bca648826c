import Testing
@testable import GovReportsCore

/// Table 三 broken across grids (a page break in the exported document): a later grid without header rows whose
/// rows name the table's rows continues it, read under the first part's header.
@Suite struct DisclosureContinuationTests {
    /// The consistent 2021 table 三 cut before its row `at`: the header and the rows above, and the rows from there on.
    static func split(at label: String) -> [TableGrid] {
        let whole = DisclosureFixture.applications2021()
        let cut = whole.rows.firstIndex { $0.contains { $0.text == label } }!
        return [TableGrid(index: 1, rows: Array(whole.rows[..<cut]), headerRows: whole.headerRows, headerColumns: whole.headerColumns),
                TableGrid(index: 2, rows: Array(whole.rows[cut...]))]
    }

    /// Cut anywhere, the parts give the whole table's cells; the checks pass as for the whole.
    @Test(arguments: ["（四）无法提供", "（七）总计", "四、结转下年度继续办理"])
    func partsGiveTheWhole(label: String) {
        let whole = DisclosureFixture.extractor.extract(tables: [DisclosureFixture.applications2021()], text: "", reportYear: 2021, quantities: [], scalars: [])
        let parts = DisclosureFixture.extractor.extract(tables: Self.split(at: label), text: "", reportYear: 2021, quantities: [], scalars: [])
        let key = { (c: DisclosureCell) in "\(c.rowID)/\(c.colID)=\(c.value.map(Cell.format) ?? "-")" }
        #expect(Set(parts.cells.map(key)) == Set(whole.cells.map(key)))
        #expect(parts.cells.count == 25 * 7)
        #expect(!parts.diagnostics.contains { $0.severity == .warning }, "\(parts.diagnostics.map(\.message))")
    }

    /// A later grid of the same width whose rows name nothing of 三 adds nothing.
    @Test func unrelatedGridAddsNothing() {
        let first = Self.split(at: "（四）无法提供")[0]
        let other = DisclosureFixture.grid([["项目", "1", "2", "3", "4", "5", "6", "7", "8", "9"], ["合同审查", "3", "0", "0", "0", "0", "0", "0", "0", "3"]], index: 2)
        let x = DisclosureFixture.extractor.extract(tables: [first, other], text: "", reportYear: 2021, quantities: [], scalars: [])
        #expect(!x.cells.contains { $0.rowID == "unavailable_not_held" })
        #expect(x.cells.allSatisfy { $0.text != "合同审查" })
    }
}
