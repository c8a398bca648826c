import Foundation
import Testing
@testable import GovReportsCore

/// The `tables` dataset: one row per origin cell in CSV, JSONL and SQLite, described in datapackage.json and
/// codebook.csv.
@Suite struct TablesDatasetTests {
    @Test func oneRowPerCellInEveryFormat() throws {
        let out = try ExportFixture.export(to: ExportFixture.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: out) }
        let csv = try String(contentsOf: out.appendingPathComponent("tables.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        #expect(lines.first?.hasSuffix("doc_id,table,row,col,text,value,unit,unit_source,row_header,col_header,header") == true)
        #expect(lines.count == 6)
        #expect(lines.contains("0123456789abcdef,1,2,2,251000元,251000,元,cell,行政事业性收费,收费金额,false"))
        #expect(lines.contains("0123456789abcdef,1,3,2,,,,,,,false"))
        let jsonl = try String(contentsOf: out.appendingPathComponent("tables.jsonl"), encoding: .utf8)
        #expect(jsonl.split(separator: "\n").count == 5)
        #expect(jsonl.contains("\"value\":251000"))
        #expect(jsonl.contains("\"unit_source\":\"cell\""))
        let tables = try ExportStageTests.tables(out.appendingPathComponent("dataset.sqlite"))
        #expect(tables["tables"]?.count == 5)
        let package = try String(contentsOf: out.appendingPathComponent("datapackage.json"), encoding: .utf8)
        #expect(package.contains("\"name\" : \"tables\""))
        let codebook = try String(contentsOf: out.appendingPathComponent("codebook.csv"), encoding: .utf8)
        #expect(codebook.contains("tables,row_header,string"))
    }
}
