import Foundation
import Testing
@testable import GovReportsCore

/// The `disclosure` and `disclosure_panel` tables: schema, rows and the codebook's canonical ids.
@Suite("DisclosureDataset")
struct DisclosureDatasetTests {
    /// A document with a 2021 table 三 and 四, extracted.
    private func document() throws -> ExtractedDocument {
        let stage = try ExtractStage(config: ExtractConfig(), baseDirectory: URL(fileURLWithPath: "/"))
        let values = ["1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]
        let doc = NormalizedDocument(docID: "d1", source: "s", sha256: "", encoding: "utf-8", page: PageMetadata(), title: nil,
                                     text: "某县司法局2021年政府信息公开工作年度报告", removed: [], diagnostics: [],
                                     tables: [DisclosureFixture.applications2021(), DisclosureFixture.review(values)])
        return stage.extract(doc)
    }

    /// Every long row has the schema's width and a unique key; the panel row sums the listed cells.
    @Test func rows() throws {
        let d = try document()
        let rows = DatasetRows(codebook: try Codebook.load(nil, baseDirectory: URL(fileURLWithPath: "/")))
        let long = rows.disclosure(d)
        #expect(long.count == 25 * 7 + 15)
        #expect(long.allSatisfy { $0.count == DatasetSchemas.disclosure.columns.count })
        #expect(Set(d.disclosure.map { "\($0.table)/\($0.rowID)/\($0.colID)" }).count == long.count)
        let panel = try #require(rows.disclosurePanel(d))
        #expect(panel.count == DatasetSchemas.disclosurePanel.columns.count)
        let names = DatasetSchemas.disclosurePanel.columns.map(\.name)
        #expect(panel[names.firstIndex(of: "template")!] == .text("2021"))
        #expect(panel[names.firstIndex(of: "apps_new")!] == .number(12))
        #expect(panel[names.firstIndex(of: "apps_new_org")!] == .number(2))
        #expect(panel[names.firstIndex(of: "apps_unavailable")!] == .number(4), "不掌握 3 + 另行制作 1")
        #expect(panel[names.firstIndex(of: "review_total")!] == .number(2))
        // No 二 table: its panel columns are missing, not 0.
        #expect(panel[names.firstIndex(of: "licensing_decisions")!] == .null)
    }

    /// A report without template tables has no panel row.
    @Test func noPanelRowWithoutTables() throws {
        let rows = DatasetRows(codebook: try Codebook.load(nil, baseDirectory: URL(fileURLWithPath: "/")))
        var d = try document()
        d.disclosure = []
        #expect(rows.disclosurePanel(d) == nil)
    }

    /// `codebook.csv` lists every canonical row and column id once, with its label and versions.
    @Test func codebookListsCanonicalIDs() throws {
        let codebook = try Codebook.load(nil, baseDirectory: URL(fileURLWithPath: "/"))
        let rows = CodebookTable.rows(DatasetSchemas.all(codebook), codebook: codebook)
        let keys = rows.map { "\($0[0])|\($0[1])" }
        #expect(Set(keys).count == keys.count, "codebook (table, column) is its primary key")
        let other = try #require(rows.first { $0[0] == .text("disclosure.row_id") && $0[1] == .text("applications/other_other") })
        if case .text(let d) = other[3] { #expect(d.contains("2021") && !d.contains("2019")) } else { Issue.record("no description") }
        #expect(rows.contains { $0[0] == .text("disclosure.col_id") && $0[1] == .text("proactive/fee_amount") })
    }
}
