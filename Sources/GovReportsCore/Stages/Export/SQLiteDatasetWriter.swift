import Foundation
import GRDB
import GRDBSQLite

/// Streams every table into one `dataset.sqlite`, with indexes on join keys and a quantities⋈documents view.
// Unchecked: `pending` is touched only by the caller's thread; the background queue gets each batch by value, reads
// `inserts` (fixed after init) and uses the connection, which the caller touches again only after `drain`.
final class SQLiteDatasetWriter: @unchecked Sendable {
    /// The database being written (a temporary file until export renames it).
    private let queue: DatabaseQueue
    /// Insert SQL per table.
    private var inserts: [String: String] = [:]
    /// Rows waiting for the next batch transaction (bounded, so memory stays flat).
    private var pending: [(table: String, row: [Cell])] = []
    /// Rows per transaction.
    private static let batchSize = 5000
    /// Serial queue inserting batches beside the caller when export may use a second core; nil: inserted inline.
    private let background: DispatchQueue?
    /// Bounds the batches handed to `background` and not yet inserted (memory stays flat).
    private let inFlight = DispatchSemaphore(value: 2)
    /// Tracks the batches handed to `background`.
    private let group = DispatchGroup()
    /// The first error a background batch hit, rethrown by the next `write` or `close`; guarded by `errorLock`.
    private var backgroundError: (any Error)?
    /// Guards `backgroundError`.
    private let errorLock = NSLock()

    /// Creates the database and its tables; with `background`, batches are inserted on a thread of their own
    /// while the caller goes on formatting rows (with `--jobs 2`, so one-core runs stay on one core).
    init(url: URL, schemas: [TableSchema], background: Bool = false) throws {
        self.background = background ? DispatchQueue(label: "govreports.export.sqlite") : nil
        try? FileManager.default.removeItem(at: url)
        var config = Configuration()
        config.prepareDatabase { db in
            // The file is staged: a failed export discards it, and the staging folder is flushed to disk once before
            // it is swapped in. A rollback journal and a flush per batch bought nothing but disk waits.
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        queue = try DatabaseQueue(path: url.path, configuration: config)
        try queue.inDatabase { db in
            for schema in schemas {
                let columns = schema.columns.map { "\"\($0.name)\" \($0.type.sqlType)" }
                var ddl = "CREATE TABLE \"\(schema.name)\" (\(columns.joined(separator: ", "))"
                ddl += ", PRIMARY KEY (\(schema.primaryKey.map { "\"\($0)\"" }.joined(separator: ", ")))"
                for fk in schema.foreignKeys {
                    ddl += ", FOREIGN KEY (\"\(fk.column)\") REFERENCES \"\(fk.table)\"(\"\(fk.reference)\")"
                }
                try db.execute(sql: ddl + ")")
                let marks = Array(repeating: "?", count: schema.columns.count).joined(separator: ", ")
                inserts[schema.name] = "INSERT INTO \"\(schema.name)\" VALUES (\(marks))"
            }
        }
    }

    /// Inserts one row into a table.
    func write(_ row: [Cell], table: String) throws {
        pending.append((table, row))
        if pending.count >= Self.batchSize { try flush() }
    }

    /// Inserts the pending rows: inline, or handed to the background queue.
    private func flush() throws {
        try rethrowBackgroundError()
        if pending.isEmpty { return }
        let rows = pending
        pending = []
        pending.reserveCapacity(Self.batchSize)
        guard let background else { return try insert(rows) }
        inFlight.wait()
        background.async(group: group) { [self] in
            defer { inFlight.signal() }
            do { try insert(rows) } catch {
                errorLock.withLock { if backgroundError == nil { backgroundError = error } }
            }
        }
    }

    /// Waits for the background batches and rethrows the first error one of them hit.
    private func drain() throws {
        group.wait()
        try rethrowBackgroundError()
    }

    /// Rethrows the first error a background batch hit.
    private func rethrowBackgroundError() throws {
        if let error = errorLock.withLock({ backgroundError }) { throw error }
    }

    /// Inserts rows in one transaction with cached prepared statements.
    private func insert(_ rows: [(table: String, row: [Cell])]) throws {
        let sql = inserts
        try queue.inTransaction { db in
            for (table, row) in rows {
                guard let text = sql[table] else { continue }
                try Self.insert(row, with: try db.cachedStatement(sql: text), db: db)
            }
            return .commit
        }
    }

    /// Binds a row straight to the prepared statement and runs it: building `StatementArguments` per row was a
    /// fifth of export time. Values bind as GRDB binds them (text, int64, double, bool as 0/1, null).
    private static func insert(_ row: [Cell], with statement: Statement, db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (i, cell) in row.enumerated() {
            let index = Int32(i + 1)
            switch cell {
            case .null: sqlite3_bind_null(handle, index)
            case .int(let v): sqlite3_bind_int64(handle, index, Int64(v))
            case .number(let v): sqlite3_bind_double(handle, index, v)
            case .bool(let v): sqlite3_bind_int64(handle, index, v ? 1 : 0)
            case .text(let s):
                var s = s
                s.withUTF8 { bytes in
                    if let base = bytes.baseAddress, bytes.count > 0 {
                        _ = sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                              Int32(bytes.count), Self.transient)
                    } else {
                        _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
                    }
                }
            }
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }

    /// SQLite copies bound text at once (`SQLITE_TRANSIENT`, a macro Swift does not import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Commits, builds indexes and the join view, and closes.
    func close(schemas: [TableSchema]) throws {
        try flush()
        try drain()
        try queue.inDatabase { db in
            for schema in schemas where schema.name != "documents" && schema.name != "indicators" {
                try db.execute(sql: "CREATE INDEX \"idx_\(schema.name)_doc\" ON \"\(schema.name)\"(doc_id)")
            }
            try db.execute(sql: "CREATE INDEX idx_quantities_indicator ON quantities(indicator)")
            try db.execute(sql: "CREATE INDEX idx_indicator_mentions_indicator ON indicator_mentions(indicator)")
            try db.execute(sql: "CREATE INDEX idx_documents_panel ON documents(division_code, report_year)")
            // The wide panel is filtered by region and year far more often than it is looked up by doc_id.
            if schemas.contains(where: { $0.name == "indicators" }) {
                try db.execute(sql: "CREATE INDEX idx_indicators_panel ON indicators(division_code, report_year)")
                try db.execute(sql: "CREATE INDEX idx_indicators_region ON indicators(province, city, county, report_year)")
            }
            try db.execute(sql: """
                CREATE VIEW quantities_with_documents AS
                SELECT q.*, d.title, d.agency, d.province, d.city, d.county, d.division_code, d.admin_level,
                       d.report_year, d.published, d.source
                FROM quantities q JOIN documents d USING (doc_id)
                """)
        }
        try queue.close()
    }
}

/// Cells as SQLite values.
extension Cell {
    /// The SQLite value of a cell.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .int(let v): return v.databaseValue
        case .number(let v): return v.databaseValue
        case .bool(let v): return (v ? 1 : 0).databaseValue
        case .text(let s): return s.databaseValue
        }
    }
}
