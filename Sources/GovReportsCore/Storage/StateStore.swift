import Foundation
import GRDB
import GRDBSQLite

/// The run state database (`output/state.sqlite`): per document and stage, fingerprint parts and outcome.
public final class StateStore: @unchecked Sendable {
    /// Serialized access to the database; GRDB makes it safe to share across threads.
    private let queue: DatabaseQueue
    /// Rows saved with `enqueue` and not yet committed (guarded by `lock`).
    private var pending: [StageState] = []
    /// Guards `pending`.
    private let lock = NSLock()
    /// Rows per batched commit: one transaction per row serialized the workers on the database.
    static let batchSize = 256

    /// Opens (creating if needed) the state database at `url`.
    public init(url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var config = Configuration()
        config.prepareDatabase { db in
            // WAL keeps readers (status) off writers' backs; NORMAL sync is crash-safe in WAL mode.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        config.busyMode = .timeout(10)
        queue = try DatabaseQueue(path: url.path, configuration: config)
        try Self.migrator.migrate(queue)
    }

    /// Schema migrations, applied in order.
    private static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.create(table: StageState.databaseTableName) { t in
                t.column("doc_id", .text).notNull()
                t.column("stage", .text).notNull()
                t.column("source", .text).notNull()
                t.column("input_sha", .text).notNull()
                t.column("config_sha", .text).notNull()
                t.column("version", .text).notNull()
                t.column("output_sha", .text)
                t.column("outcome", .text).notNull()
                t.column("error", .text)
                t.column("updated_at", .text).notNull()
                t.primaryKey(["doc_id", "stage"])
            }
        }
        m.registerMigration("v2: failure codes") { db in
            try db.alter(table: StageState.databaseTableName) { t in t.add(column: "error_code", .text) }
        }
        return m
    }

    /// The row for a document and stage, if any.
    public func state(docID: String, stage: StageName) throws -> StageState? {
        try queue.read { db in
            try StageState.fetchOne(db, key: ["doc_id": docID, "stage": stage.rawValue])
        }
    }

    /// All rows of one document keyed by stage (one query instead of one per stage).
    public func states(docID: String) throws -> [StageName: StageState] {
        // One SELECT is consistent by itself; `read`'s explicit transaction per document cost a fifth of a no-op run.
        try queue.inDatabase { db in
            // A cached prepared statement: building the query each time was half the cost of this call.
            // Read through SQLite's own calls, columns by position: GRDB's rows (and looking columns up by name)
            // were most of a no-op re-run, which makes this query once per document.
            let statement = try db.cachedStatement(sql: "SELECT \(StageState.columnList) FROM stage_state WHERE doc_id = ?")
            let handle = statement.sqliteStatement
            sqlite3_reset(handle)
            defer { sqlite3_reset(handle) }
            var states: [StageName: StageState] = [:]
            var code = docID.withCString { sqlite3_bind_text(handle, 1, $0, -1, Self.transient) }
            while code == SQLITE_OK || code == SQLITE_ROW {
                code = sqlite3_step(handle)
                guard code == SQLITE_ROW else { break }
                /// Column `i` as text, nil for NULL.
                func text(_ i: Int32) -> String? { sqlite3_column_text(handle, i).map { String(cString: $0) } }
                let state = try StageState(columns: (0..<11).map(text))
                if states[state.stage] == nil { states[state.stage] = state }
            }
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            return states
        }
    }

    /// All rows of one stage keyed by document id.
    public func states(stage: StageName) throws -> [String: StageState] {
        try queue.read { db in
            let rows = try StageState.filter(StageState.CodingKeys.stage == stage.rawValue).fetchAll(db)
            return Dictionary(rows.map { ($0.docID, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The failed rows of one stage keyed by document id (the report lists them; reading every row to find them
    /// cost the report as much as drawing a tenth of its pages).
    public func failedStates(stage: StageName) throws -> [String: StageState] {
        try queue.read { db in
            let rows = try StageState.filter(StageState.CodingKeys.stage == stage.rawValue
                                             && StageState.CodingKeys.outcome == StageOutcome.failed.rawValue).fetchAll(db)
            return Dictionary(rows.map { ($0.docID, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The last good output hash of one stage per document id (only the two columns: this map spans the corpus).
    public func outputSHAs(stage: StageName) throws -> [String: String] {
        try queue.read { db in
            var map: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT doc_id, output_sha FROM stage_state WHERE stage = ? AND output_sha IS NOT NULL",
                                           arguments: [stage.rawValue])
            while let row = try rows.next() { map[row[0]] = row[1] as String }
            return map
        }
    }

    /// SQLite copies bound text at once (`SQLITE_TRANSIENT`, a macro Swift does not import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Inserts or replaces a row in its own transaction (called after the artifact is in place).
    public func save(_ state: StageState) throws {
        try queue.write { db in try Self.upsert(state, db: db) }
    }

    /// One statement per row with a cached prepared statement: the record API's `save` (an UPDATE, then an INSERT
    /// for a new row, each built anew) cost several times the rest of a stage's bookkeeping.
    private static let upsertSQL = """
        INSERT INTO stage_state (doc_id, stage, source, input_sha, config_sha, version, output_sha, outcome, error, updated_at,
                                 error_code)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (doc_id, stage) DO UPDATE SET
            source = excluded.source, input_sha = excluded.input_sha, config_sha = excluded.config_sha,
            version = excluded.version, output_sha = excluded.output_sha, outcome = excluded.outcome,
            error = excluded.error, updated_at = excluded.updated_at, error_code = excluded.error_code
        """

    /// Inserts or replaces `state`'s row inside the caller's transaction.
    private static func upsert(_ state: StageState, db: Database) throws {
        let statement = try db.cachedStatement(sql: upsertSQL)
        try statement.execute(arguments: [
            state.docID, state.stage.rawValue, state.source, state.inputSHA, state.configSHA, state.version,
            state.outputSHA, state.outcome.rawValue, state.error, state.updatedAt, state.errorCode?.rawValue,
        ])
    }

    /// Queues a row for a later batched commit; call only after its artifact is in place, and `flush` before
    /// reading rows back. A crash before the commit loses the row, which only makes the next run redo that work.
    public func enqueue(_ state: StageState) throws {
        let batch: [StageState]? = lock.withLock {
            pending.append(state)
            guard pending.count >= Self.batchSize else { return nil }
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        if let batch { try commit(batch) }
    }

    /// Commits every queued row.
    public func flush() throws {
        let batch = lock.withLock {
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        try commit(batch)
    }

    /// Inserts or replaces rows in one transaction.
    private func commit(_ rows: [StageState]) throws {
        if rows.isEmpty { return }
        try queue.write { db in for row in rows { try Self.upsert(row, db: db) } }
    }
}
