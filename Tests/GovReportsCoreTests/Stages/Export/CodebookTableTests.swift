import Foundation
import Testing
@testable import GovReportsCore

/// `codebook.csv` carries each indicator's definition on its column's row.
@Suite struct CodebookTableTests {
    /// Indicator rows hold the description, labels, units, patterns and aggregate; other rows leave them empty.
    @Test func indicatorRowsCarryTheDefinition() throws {
        let codebook = try Codebook.load(nil, baseDirectory: URL(fileURLWithPath: "/"))
        let rows = CodebookTable.rows(DatasetSchemas.all(codebook), codebook: codebook)
        #expect(rows.allSatisfy { $0.count == CodebookTable.columns.count })
        let names = CodebookTable.columns.map(\.name)
        func cell(_ row: [Cell], _ name: String) -> Cell { row[names.firstIndex(of: name)!] }
        let recon = try #require(rows.first { cell($0, "column") == .text("reconsideration_cases") })
        #expect(cell(recon, "table") == .text("indicators"))
        #expect(cell(recon, "label_zh") == .text("行政复议案件数"))
        #expect(cell(recon, "aggregate") == .text("max"))
        if case .text(let d) = cell(recon, "description") { #expect(d.contains("received")) } else { Issue.record("no description") }
        if case .text(let e) = cell(recon, "exclusions") { #expect(e.contains("审结")) } else { Issue.record("no exclusions") }
        let docID = try #require(rows.first { cell($0, "table") == .text("documents") && cell($0, "column") == .text("doc_id") })
        #expect(cell(docID, "units") == .null && cell(docID, "triggers") == .null)
    }
}
