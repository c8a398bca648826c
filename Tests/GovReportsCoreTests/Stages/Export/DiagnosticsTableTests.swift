import Foundation
import Testing
@testable import GovReportsCore

/// The `diagnostics` table: one row per diagnostic with its stable code, while `documents.warnings` keeps the
/// readable messages; the table is described in datapackage.json and codebook.csv.
@Suite struct DiagnosticsTableTests {
    /// The fixture's two diagnostics become two rows, in order, in CSV, JSONL and SQLite.
    @Test func oneRowPerDiagnostic() throws {
        let out = try ExportFixture.export(to: ExportFixture.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: out) }
        let csv = try String(contentsOf: out.appendingPathComponent("diagnostics.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.first?.hasSuffix("doc_id,diagnostic,stage,severity,code,message") == true)
        #expect(lines.count == 3)
        #expect(lines[1].hasSuffix(",1,clean,info,content-by-density,clean: test warning"))
        // A message starting with '-' is neutralized like any text cell.
        #expect(lines[2].hasSuffix(",2,extract,warning,region-ambiguous,'-leading dash"))
        let jsonl = try String(contentsOf: out.appendingPathComponent("diagnostics.jsonl"), encoding: .utf8)
        #expect(jsonl.split(separator: "\n").count == 2)
        #expect(jsonl.contains("\"code\":\"region-ambiguous\""))
        let tables = try ExportStageTests.tables(out.appendingPathComponent("dataset.sqlite"))
        #expect(tables["diagnostics"]?.count == 2)
        // documents.warnings still joins the messages.
        let docs = try String(contentsOf: out.appendingPathComponent("documents.csv"), encoding: .utf8)
        #expect(docs.contains("clean: test warning | -leading dash"))
        let package = try String(contentsOf: out.appendingPathComponent("datapackage.json"), encoding: .utf8)
        #expect(package.contains("\"name\" : \"diagnostics\""))
        let codebook = try String(contentsOf: out.appendingPathComponent("codebook.csv"), encoding: .utf8)
        #expect(codebook.contains("diagnostics,code,string"))
    }

    /// Every code is kebab-case and unique, so it is safe to filter on and to write in a spreadsheet.
    @Test func codesAreStableIdentifiers() {
        let codes = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }, "\(code)")
        }
    }

    /// A failure is recorded under its error's code.
    @Test func failureCodes() {
        #expect(DiagnosticCode.failure(of: CleanError.empty(docID: "d", source: "s")) == .inputEmpty)
        #expect(DiagnosticCode.failure(of: DocumentError.missingInput(docID: "d", source: "s", stage: .clean)) == .inputMissing)
        #expect(DiagnosticCode.failure(of: FetchError.timeout(url: "u", seconds: 1)) == .fetchFailed)
        #expect(DiagnosticCode.failure(of: PipelineError.outputUnwritable(path: "p", reason: "r")) == .stageFailed)
    }
}
