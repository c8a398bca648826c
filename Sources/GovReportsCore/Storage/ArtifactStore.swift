import Foundation

/// Locates and reads/writes the per-stage artifacts under `output/stages/<stage>/`.
public struct ArtifactStore: Sendable {
    /// The output folder.
    public let root: URL
    /// `root/stages/`, as a path string made once: `URL.path` rebuilt the string on every call, and the no-op re-run
    /// asks for four paths per document.
    private let stagesPath: String

    /// Creates a store over an output folder.
    public init(root: URL) {
        self.root = root
        stagesPath = root.path + "/stages/"
    }

    /// Path of a document's JSON record for a stage, as a string.
    func recordPath(_ stage: StageName, docID: String) -> String {
        stagesPath + stage.rawValue + "/" + docID + ".json"
    }

    // Paths are built as strings with the directory flag given: `appendingPathComponent` without it asks the file
    // system whether each component is a folder, which was a fifth of a no-op re-run.

    /// Folder of one stage's artifacts.
    public func folder(_ stage: StageName) -> URL {
        URL(fileURLWithPath: stagesPath + stage.rawValue, isDirectory: true)
    }

    /// Path of a document's JSON record for a stage.
    public func recordURL(_ stage: StageName, docID: String) -> URL {
        URL(fileURLWithPath: recordPath(stage, docID: docID), isDirectory: false)
    }

    /// Path of a document's raw bytes as fetched.
    public func rawURL(docID: String) -> URL {
        URL(fileURLWithPath: stagesPath + "fetch/" + docID + ".raw", isDirectory: false)
    }

    /// Encodes and atomically writes a record; returns the SHA-256 of the bytes written.
    @discardableResult
    public func write<Record: Encodable>(_ record: Record, stage: StageName, docID: String) throws -> String {
        try writeSized(record, stage: stage, docID: docID).sha256
    }

    /// `write`, also returning how many bytes the record took (what keeping it in memory is charged).
    func writeSized<Record: Encodable>(_ record: Record, stage: StageName, docID: String) throws
        -> (sha256: String, count: Int) {
        // The per-document records get a hand-written encoder that writes the same JSON much faster.
        let bytes: [UInt8]
        switch record {
        case let d as ExtractedDocument: bytes = RecordJSONWriter.encode(d)
        case let d as NormalizedDocument: bytes = RecordJSONWriter.encode(d)
        case let d as CleanedDocument: bytes = RecordJSONWriter.encode(d)
        default: bytes = [UInt8](try Self.encoder.encode(record))
        }
        try bytes.withUnsafeBytes { try AtomicFile.write($0, to: recordURL(stage, docID: docID)) }
        return (Digest.sha256(bytes), bytes.count)
    }

    /// Reads and decodes a record; throws when missing or unreadable.
    public func read<Record: Decodable>(_ type: Record.Type, stage: StageName, docID: String) throws -> Record {
        let bytes = try PlainFile.read(recordPath(stage, docID: docID))
        // Extract records, read once per document by every export, get the hand-written reader.
        if type == ExtractedDocument.self, let record = try ExtractRecordReader.decode(bytes) as? Record { return record }
        // So do normalize records, read per document by the report (and by a staged extract).
        if type == NormalizedDocument.self, let record = try ExtractRecordReader.decodeNormalized(bytes) as? Record {
            return record
        }
        // And clean records, read back by the template learner and by normalize in a two-pass run.
        if type == CleanedDocument.self, let record = try ExtractRecordReader.decodeCleaned(bytes) as? Record { return record }
        return try JSONDecoder().decode(type, from: Data(bytes))
    }

    /// Whether a document's record for a stage exists.
    public func exists(_ stage: StageName, docID: String) -> Bool {
        // One access(2) on a path built as a string: the URL and FileManager round trip cost more than the call.
        access(recordPath(stage, docID: docID), F_OK) == 0
    }

    /// Encoder with stable key order so identical records hash identically.
    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
