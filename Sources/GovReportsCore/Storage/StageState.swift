import GRDB

/// One row of `stage_state` in `output/state.sqlite`: what a stage last did to a document.
public struct StageState: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    /// SQLite table name.
    public static let databaseTableName = "stage_state"

    /// Document id, or `*` for corpus-level stages (export).
    public var docID: String
    /// Stage name.
    public var stage: StageName
    /// Source of the document, for status listings.
    public var source: String
    /// Identity of the input the stage last ran on (upstream artifact hash, or file size+mtime).
    public var inputSHA: String
    /// Hash of the stage's config section when it last ran.
    public var configSHA: String
    /// Program schema version when it last ran.
    public var version: String
    /// Hash of the last good artifact the stage wrote (kept across failures).
    public var outputSHA: String?
    /// Outcome of the last attempt.
    public var outcome: StageOutcome
    /// Reason for the last failure.
    public var error: String?
    /// Stable diagnostic code of the last failure.
    public var errorCode: DiagnosticCode?
    /// When the row was last written, ISO 8601.
    public var updatedAt: String

    /// Column names in SQLite.
    public enum CodingKeys: String, CodingKey, ColumnExpression {
        case docID = "doc_id", stage, source, inputSHA = "input_sha", configSHA = "config_sha", version
        case outputSHA = "output_sha", outcome, error, errorCode = "error_code", updatedAt = "updated_at"
    }

    /// Creates a state row.
    public init(docID: String, stage: StageName, source: String, inputSHA: String, configSHA: String, version: String,
                outputSHA: String?, outcome: StageOutcome, error: String?, errorCode: DiagnosticCode? = nil,
                updatedAt: String) {
        self.docID = docID
        self.stage = stage
        self.source = source
        self.inputSHA = inputSHA
        self.configSHA = configSHA
        self.version = version
        self.outputSHA = outputSHA
        self.outcome = outcome
        self.error = error
        self.errorCode = errorCode
        self.updatedAt = updatedAt
    }

    /// Reads a row by column, without `Codable`'s decoder (a state query runs per document and stage).
    public init(row: Row) throws {
        docID = row["doc_id"]
        let stageName: String = row["stage"]
        guard let stage = StageName(rawValue: stageName) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "unknown stage \(stageName) in stage_state")
        }
        self.stage = stage
        source = row["source"]
        inputSHA = row["input_sha"]
        configSHA = row["config_sha"]
        version = row["version"]
        outputSHA = row["output_sha"]
        let outcomeName: String = row["outcome"]
        guard let outcome = StageOutcome(rawValue: outcomeName) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "unknown outcome \(outcomeName) in stage_state")
        }
        self.outcome = outcome
        error = row["error"]
        errorCode = (row["error_code"] as String?).flatMap(DiagnosticCode.init(rawValue:))
        updatedAt = row["updated_at"]
    }

    /// The columns in the order `init(columns:)` takes them, for a SELECT list.
    static let columnList = "doc_id, stage, source, input_sha, config_sha, version, output_sha, outcome, error, updated_at, error_code"

    /// Reads the values of a row selected with `columnList`, in that order (nil for NULL).
    init(columns c: [String?]) throws {
        guard c.count == 11, let docID = c[0], let stageName = c[1], let source = c[2], let inputSHA = c[3],
              let configSHA = c[4], let version = c[5], let outcomeName = c[7], let updatedAt = c[9] else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "incomplete stage_state row")
        }
        guard let stage = StageName(rawValue: stageName) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "unknown stage \(stageName) in stage_state")
        }
        guard let outcome = StageOutcome(rawValue: outcomeName) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "unknown outcome \(outcomeName) in stage_state")
        }
        self.init(docID: docID, stage: stage, source: source, inputSHA: inputSHA, configSHA: configSHA, version: version,
                  outputSHA: c[6], outcome: outcome, error: c[8], errorCode: c[10].flatMap(DiagnosticCode.init(rawValue:)),
                  updatedAt: updatedAt)
    }

    /// Writes the columns directly, without `Codable`'s encoder.
    public func encode(to container: inout PersistenceContainer) throws {
        container["doc_id"] = docID
        container["stage"] = stage.rawValue
        container["source"] = source
        container["input_sha"] = inputSHA
        container["config_sha"] = configSHA
        container["version"] = version
        container["output_sha"] = outputSHA
        container["outcome"] = outcome.rawValue
        container["error"] = error
        container["error_code"] = errorCode?.rawValue
        container["updated_at"] = updatedAt
    }
}
