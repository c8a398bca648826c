import Foundation
import Testing
@testable import GovReportsCore

/// Plain-text template tables read back into grids and cells.
@Suite("DisclosureTextReader")
struct DisclosureTextReaderTests {
    /// The kecheng sample's rows (space-separated) give every row of 三, including the 2021 其他处理 sub-rows.
    @Test func spaceSeparatedRows() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../../samples/disclosure-kecheng-gov-2021.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let x = DisclosureFixture.extractor.extract(tables: [], text: text, reportYear: 2021, quantities: [], scalars: [])
        let grids = DisclosureFixture.extractor.reader.grids(text, firstIndex: 1)
        for g in grids { for r in g.texts { print(r.joined(separator: " | ")) } }
        #expect(DisclosureFixture.cell(x.cells, "applications/other_no_fee/total")?.value == 1)
        #expect(DisclosureFixture.cell(x.cells, "applications/carried_out/total")?.value == 1)
    }
}
