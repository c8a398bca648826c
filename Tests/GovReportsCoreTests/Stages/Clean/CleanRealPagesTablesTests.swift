import Foundation
import Testing
@testable import GovReportsCore

/// The table cells `evaldata.jsonl` lists for the shared real pages are in the cleaned grids, and the text keeps
/// one line per row.
@Suite(.enabled(if: CleanFixtures.hasRealPages, "needs ../shared/realpages"))
struct CleanRealPagesTablesTests {
    @Test func listedCellsAreReproduced() throws {
        let url = CleanFixtures.sharedDirectory.appendingPathComponent("realpages/evaldata.jsonl")
        let pages = try JSONLines.read(RealPage.self, from: url).filter { !($0.tables ?? []).isEmpty }
        #expect(pages.count >= 3)
        var checked = 0
        for page in pages {
            let bytes = [UInt8](try Data(contentsOf: CleanFixtures.sharedDirectory.appendingPathComponent("realpages/" + page.file)))
            let doc = try CleanFixtures.cleaner().clean(bytes, record: CleanFixtures.record(page.file))
            // The hidden print view that repeats a page's table is not a second grid.
            #expect(doc.tables.count == 1, "\(page.file)")
            for cell in page.tables ?? [] {
                #expect(cell.found(in: doc.tables), "\(page.file): \(cell)")
                checked += 1
            }
        }
        #expect(checked >= 18)
    }

    @Test func statisticsTableRowsAreLines() throws {
        let bytes = [UInt8](try Data(contentsOf: CleanFixtures.sharedDirectory.appendingPathComponent("realpages/wanzai-stats-2015.html")))
        let doc = try CleanFixtures.cleaner().clean(bytes, record: CleanFixtures.record("wanzai-stats-2015.html"))
        let lines = doc.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("产品名称\t计量单位\t产量\t较上年±%"))
        #expect(lines.contains("胶合板\t立方米\t223828\t6.25"))
        let g = try #require(doc.tables.first)
        #expect(g.headerRows == 1 && g.headerColumns == 1 && g.rows.count == 8 && g.columnCount == 4)
    }
}
