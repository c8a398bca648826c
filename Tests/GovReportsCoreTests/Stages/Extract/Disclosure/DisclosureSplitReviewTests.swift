import Foundation
import Testing
@testable import GovReportsCore

/// Table 四 split by its publisher into a 行政复议 part and a 行政诉讼 part, in text blocks or in grids whose
/// caption row (the lone group label) clean keeps as a text line; and table rows in the text that restate nothing.
@Suite struct DisclosureSplitReviewTests {
    /// The two text blocks of a split 四, 行政复议 first or last.
    static func blocks(reviewFirst: Bool) -> String {
        let review = "（一）行政复议\n结果维持 结果纠正 其他结果 尚未审结 总计\n2 1 0 1 4"
        let litigation = "（二）行政诉讼\n未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n1 0 0 0 1 0 0 1 0 1"
        return "四、政府信息公开行政复议、行政诉讼情况\n" + (reviewFirst ? review + "\n" + litigation : litigation + "\n" + review) + "\n五、存在的主要问题及改进情况\n"
    }

    /// Both blocks read into one table, whichever comes first.
    @Test(arguments: [true, false]) func textBlocks(reviewFirst: Bool) {
        let x = DisclosureFixture.extractor.extract(tables: [], text: Self.blocks(reviewFirst: reviewFirst), reportYear: 2022, quantities: [], scalars: [])
        #expect(DisclosureFixture.cell(x.cells, "review_litigation/review/total")?.value == 4)
        #expect(DisclosureFixture.cell(x.cells, "review_litigation/review/pending")?.value == 1)
        #expect(DisclosureFixture.cell(x.cells, "review_litigation/litigation_direct/total")?.value == 1)
        #expect(DisclosureFixture.cell(x.cells, "review_litigation/litigation_after_review/other")?.value == 1)
        #expect(x.cells.count == 15)
    }

    /// One block alone (a single group) is no table: a lone results row could be anything.
    @Test func singleBlockIsNoTable() {
        let text = "（一）行政复议\n结果维持 结果纠正 其他结果 尚未审结 总计\n2 1 0 1 4\n"
        #expect(DisclosureFixture.extractor.extract(tables: [], text: text, reportYear: 2022, quantities: [], scalars: []).cells.isEmpty)
    }

    /// Grids of a split 四 whose 行政复议 caption went to the text: the grids give the litigation cells, the text
    /// the 行政复议 ones, and a grid cell is never replaced.
    @Test func gridsWithCaptionInText() {
        let h = { (t: String) in TableGridCell(text: t, isHeader: true) }
        let results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        let reviewGrid = TableGrid(index: 1, rows: [results.map(h), ["2", "1", "0", "1", "4"].map { TableGridCell(text: $0) }], headerRows: 1)
        let litigationGrid = TableGrid(index: 2, rows: [
            Array(repeating: h("未经复议直接起诉"), count: 5) + Array(repeating: h("复议后起诉"), count: 5),
            (results + results).map(h), ["1", "0", "0", "0", "1", "0", "0", "1", "0", "1"].map { TableGridCell(text: $0) }], headerRows: 2)
        let text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n2\t1\t0\t1\t4\n"
            + "行政诉讼\n未经复议直接起诉\t复议后起诉\n" + (results + results).joined(separator: "\t") + "\n1\t0\t0\t0\t1\t0\t0\t1\t0\t9\n"
        let x = DisclosureFixture.extractor.extract(tables: [reviewGrid, litigationGrid], text: text, reportYear: 2022, quantities: [], scalars: [])
        #expect(DisclosureFixture.cell(x.cells, "review_litigation/review/total")?.value == 4)
        #expect(DisclosureFixture.cell(x.cells, "review_litigation/litigation_after_review/total")?.value == 1, "the grid's cell stands")
        #expect(x.cells.filter { $0.table == "review_litigation" }.count == 15)
    }

    /// A count in a flattened row of 三 (`… 30 6 0件 …`) restates nothing; the same total in prose still does.
    @Test func rowCellsRestateNothing() throws {
        let row = "一、本年新收政府信息公开申请数量 30 6 0件 1 0 1 38"
        let prose = "本年度新收政府信息公开申请40件。"
        for (text, mismatch) in [(row, false), (prose, true)] {
            let report = "某局2021年政府信息公开工作年度报告\n\(text)\n"
            let x = try TextsAsWrittenTests.pipeline.run(Array(report.utf8), source: "r.txt").extracted
            let cells = [DisclosureCell(template: "2021", table: "applications", rowID: "new", rowLabel: "", colID: "total",
                                        colLabel: "", value: 38, blank: false, text: "38")]
            let scalars = Array(x.text.unicodeScalars)
            let d = DisclosureFixture.extractor.restated.check(cells: cells, quantities: x.quantities, scalars: scalars)
            #expect(d.contains { $0.code == .disclosureTextMismatch } == mismatch, "\(text): \(d.map(\.message))")
        }
    }
}
