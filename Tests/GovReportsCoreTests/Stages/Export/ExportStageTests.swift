import Foundation
import GRDB
import Testing
@testable import GovReportsCore

/// The export writes the same files whether a second thread reads records and writes texts or not.
@Suite struct ExportStageTests {
    /// Every dataset file and every `texts/<doc_id>.txt` is byte-identical with 1 and 2 workers, each text file
    /// holds its record's text, and no staging folder is left behind.
    @Test func workersDoNotChangeTheOutput() throws {
        let one = try ExportFixture.export(to: ExportFixture.temporaryFolder(), workers: 1)
        let two = try ExportFixture.export(to: ExportFixture.temporaryFolder(), workers: 2)
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: two)
        }
        let fm = FileManager.default
        let files = try fm.contentsOfDirectory(atPath: one.path).filter { $0.hasSuffix(".csv") || $0.hasSuffix(".jsonl") }
        #expect(files.count >= 10)
        for name in files {
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == Data(contentsOf: two.appendingPathComponent(name)),
                    "\(name) differs between 1 and 2 workers")
        }
        for d in ExportFixture.documents() {
            for folder in [one, two] {
                let text = try String(contentsOf: folder.appendingPathComponent("texts/\(d.docID).txt"), encoding: .utf8)
                #expect(text == d.text)
            }
        }
        #expect(try fm.contentsOfDirectory(atPath: two.path).filter { $0.hasPrefix(".export-") }.isEmpty)
        // dataset.sqlite, whose batches go to a background thread with 2 workers, holds the same rows.
        let tablesOne = try Self.tables(one.appendingPathComponent("dataset.sqlite"))
        #expect(tablesOne["quantities"]?.count == 4)
        #expect(tablesOne == (try Self.tables(two.appendingPathComponent("dataset.sqlite"))))
    }

    /// Every table's rows (in insertion order) of a dataset database, rendered as text.
    static func tables(_ url: URL) throws -> [String: [String]] {
        let db = try DatabaseQueue(path: url.path)
        defer { try? db.close() }
        return try db.read { db in
            var out: [String: [String]] = [:]
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                out[name] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(name)\" ORDER BY rowid").map { $0.description }
            }
            return out
        }
    }
}
