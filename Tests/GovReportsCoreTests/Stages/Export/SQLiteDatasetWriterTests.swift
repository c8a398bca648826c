import Foundation
import GRDB
import Testing
@testable import GovReportsCore

/// `dataset.sqlite` as a researcher opens it: tables, indexes on join and panel keys, and the join view.
@Suite struct SQLiteDatasetWriterTests {
    /// Exports the fixture and opens the database read-only.
    static func open() throws -> (DatabaseQueue, URL) {
        let out = try ExportFixture.export(to: ExportFixture.temporaryFolder())
        var config = Configuration()
        config.readonly = true
        return (try DatabaseQueue(path: out.appendingPathComponent("dataset.sqlite").path, configuration: config), out)
    }

    /// Every table, the panel indexes and the view exist; the view joins quantities to their documents.
    @Test func viewAndIndexesExist() throws {
        let (db, out) = try Self.open()
        defer { try? FileManager.default.removeItem(at: out) }
        try db.read { db in
            let tables = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            #expect(tables.isSuperset(of: ["documents", "quantities", "sections", "citations", "indicator_mentions", "indicators"]))
            let indexes = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
            for name in ["idx_quantities_doc", "idx_quantities_indicator", "idx_indicator_mentions_indicator",
                         "idx_documents_panel", "idx_indicators_panel", "idx_indicators_region"] {
                #expect(indexes.contains(name), "missing index \(name)")
            }
            let views = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'view'")
            #expect(views.contains("quantities_with_documents"))
            let rows = try Row.fetchAll(db, sql: "SELECT value, agency, report_year FROM quantities_with_documents ORDER BY mention")
            #expect(rows.count == 4)
            #expect(rows.first?["agency"] == "厦门市海沧区民政局")
            #expect(rows.first?["report_year"] == 2022)
        }
    }

    /// The wide panel holds one row per document with the indicator values, and panel queries use the index.
    @Test func panelRowsAndIndexUse() throws {
        let (db, out) = try Self.open()
        defer { try? FileManager.default.removeItem(at: out) }
        try db.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM indicators") == 2)
            let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM indicators WHERE doc_id = '0123456789abcdef'"))
            #expect(row["reconsideration_cases"] == 12.0)
            #expect(row["info_disclosed"] == 320.0)
            #expect(row["satisfaction_rate"] == 98.5)
            let plan = try String.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM indicators WHERE division_code = '350205' AND report_year = 2022",
                                           adapter: ColumnMapping(["detail": "detail"]))
            #expect(plan.joined().contains("idx_indicators_panel"), "\(plan)")
        }
    }

    /// When GOVREPORTS_EXPORT_FIXTURE is set, the fixture is exported there for the dataset check scripts.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GOVREPORTS_EXPORT_FIXTURE"] != nil))
    func exportFixtureForScripts() throws {
        let path = try #require(ProcessInfo.processInfo.environment["GOVREPORTS_EXPORT_FIXTURE"])
        try ExportFixture.export(to: URL(fileURLWithPath: path))
    }
}
