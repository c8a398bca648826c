import Foundation

/// How an output folder's datasets were made: by `run` over the whole corpus or one `--shard`, or by `export
/// --from-stream` over part files. Kept in the export state row's `source` column, so `status` judges the export
/// against the input it was made from (a shard's documents, the parts) instead of the whole configured corpus.
public enum ExportOrigin: Sendable, Equatable {
    /// `run`, over every document (nil) or over one shard's.
    case run(shard: Shard?)
    /// `export --from-stream` over these part files (absolute paths, in the order given).
    case stream(parts: [String])

    /// Prefix of a sharded run's stored form.
    static let shardPrefix = "shard:"
    /// Prefix of a from-stream export's stored form (a JSON array of the part paths follows).
    static let streamPrefix = "stream:"

    /// The form stored in the export row: `*` for a whole run (what rows written before origins existed hold),
    /// `shard:I/N`, or `stream:["/abs/part-0",…]`.
    public var stored: String {
        switch self {
        case .run(nil): return "*"
        case .run(let shard?): return Self.shardPrefix + shard.description
        case .stream(let parts):
            let json = (try? JSONEncoder.sortedCompact.encode(parts)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
            return Self.streamPrefix + json
        }
    }

    /// Reads a stored form back; anything unrecognised (an old row) is a whole run.
    public init(stored: String) {
        if stored.hasPrefix(Self.shardPrefix), let shard = try? Shard(parsing: String(stored.dropFirst(Self.shardPrefix.count))) {
            self = .run(shard: shard)
        } else if stored.hasPrefix(Self.streamPrefix),
                  let parts = try? JSONDecoder().decode([String].self, from: Data(stored.dropFirst(Self.streamPrefix.count).utf8)) {
            self = .stream(parts: parts)
        } else {
            self = .run(shard: nil)
        }
    }

    /// The shard a `run` origin covers (nil for a whole run or a stream export).
    public var shard: Shard? {
        if case .run(let shard) = self { return shard }
        return nil
    }

    /// The origin of a `run`'s export: its `--shard`; a run of export alone (`run export`, no per-document stage)
    /// over a sharded run's folder keeps that folder's shard, since its datasets still hold that shard only.
    public static func ofRun(shard: Shard?, selection: StageSelection, previous: StageState?) -> ExportOrigin {
        if let shard { return .run(shard: shard) }
        let exportOnly = !StageName.perDocument.contains { selection.includes($0) }
        return .run(shard: exportOnly ? previous.flatMap { ExportOrigin(stored: $0.source).shard } : nil)
    }

    /// Words for `status`: how the datasets were made.
    public var summary: String {
        switch self {
        case .run(nil): return "run"
        case .run(let shard?): return "run --shard \(shard)"
        case .stream(let parts): return "export --from-stream (\(parts.count) part\(parts.count == 1 ? "" : "s"))"
        }
    }
}

/// A compact encoder with sorted keys and unescaped slashes, for values stored in one column.
extension JSONEncoder {
    /// Compact, sorted, slashes as they are.
    static var sortedCompact: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
