import Foundation
import Testing
@testable import GovReportsCore

/// The report's disclosure-panel values equal `DisclosurePanel.value` (what `disclosure_panel.csv` holds), column by
/// column, on every sample and on cells with duplicate keys and blanks.
@Suite struct DisclosurePanelValuesTests {
    /// What `DisclosurePanel.value` gives for every column with a value.
    static func expected(_ columns: [DisclosurePanelColumn], _ cells: [DisclosureCell]) -> [String] {
        columns.compactMap { c in DisclosurePanel.value(c, in: cells).map { "\(c.id)=\($0)" } }
    }

    @Test("equal to DisclosurePanel.value on every sample's cells")
    func samples() throws {
        let columns = try DisclosureRules.bundled().panel
        let values = DisclosurePanelValues(columns: columns)
        var withCells = 0
        for r in RecordJSONTests.results {
            let cells = r.extracted.disclosure
            if !cells.isEmpty { withCells += 1 }
            #expect(values.values(cells).map { "\($0.0)=\($0.1)" } == Self.expected(columns, cells), "\(r.extracted.source)")
        }
        #expect(withCells >= 3, "samples with disclosure tables")
    }

    @Test("the first cell of a key counts, a blank one too (no value), and a column of blanks has none")
    func duplicatesAndBlanks() throws {
        let columns = try DisclosureRules.bundled().panel
        let values = DisclosurePanelValues(columns: columns)
        let keyed = try #require(columns.first { $0.cells.count >= 2 })
        func cell(_ key: String, _ value: Double?) -> DisclosureCell {
            let p = key.split(separator: "/").map(String.init)
            return DisclosureCell(template: "2021", table: p[0], rowID: p[1], rowLabel: "", colID: p[2], colLabel: "",
                                  value: value, blank: value == nil, text: value.map { "\($0)" } ?? "")
        }
        for cells in [[cell(keyed.cells[0], 3), cell(keyed.cells[0], 9), cell(keyed.cells[1], 4)],
                      [cell(keyed.cells[0], nil), cell(keyed.cells[0], 9), cell(keyed.cells[1], 4)],
                      [cell(keyed.cells[0], nil), cell(keyed.cells[1], nil)], []] {
            #expect(values.values(cells).map { "\($0.0)=\($0.1)" } == Self.expected(columns, cells))
        }
    }
}
