import Foundation

/// Locates and reads/writes the per-stage artifacts under `output/stages/<stage>/`.
public struct ArtifactStore: Sendable {
    /// The output folder.
    public let root: URL

    /// Creates a store over an output folder.
    public init(root: URL) {
        self.root = root
    }

    // Paths are built as strings with the directory flag given: `appendingPathComponent` without it asks the file
    // system whether each component is a folder, which was a fifth of a no-op re-run.

    /// Folder of one stage's artifacts.
    public func folder(_ stage: StageName) -> URL {
        URL(fileURLWithPath: "\(root.path)/stages/\(stage.rawValue)", isDirectory: true)
    }

    /// Path of a document's JSON record for a stage.
    public func recordURL(_ stage: StageName, docID: String) -> URL {
        URL(fileURLWithPath: "\(root.path)/stages/\(stage.rawValue)/\(docID).json", isDirectory: false)
    }

    /// Path of a document's raw bytes as fetched.
    public func rawURL(docID: String) -> URL {
        URL(fileURLWithPath: "\(root.path)/stages/fetch/\(docID).raw", isDirectory: false)
    }

    /// Encodes and atomically writes a record; returns the SHA-256 of the bytes written.
    @discardableResult
    public func write<Record: Encodable>(_ record: Record, stage: StageName, docID: String) throws -> String {
        // The per-document records get a hand-written encoder that writes the same JSON much faster.
        let data: Data
        switch record {
        case let d as ExtractedDocument: data = Data(RecordJSONWriter.encode(d))
        case let d as NormalizedDocument: data = Data(RecordJSONWriter.encode(d))
        case let d as CleanedDocument: data = Data(RecordJSONWriter.encode(d))
        default: data = try Self.encoder.encode(record)
        }
        try AtomicFile.write(data, to: recordURL(stage, docID: docID))
        return Digest.sha256(data)
    }

    /// Reads and decodes a record; throws when missing or unreadable.
    public func read<Record: Decodable>(_ type: Record.Type, stage: StageName, docID: String) throws -> Record {
        let data = try Data(contentsOf: recordURL(stage, docID: docID))
        // Extract records, read once per document by every export, get the hand-written reader.
        if type == ExtractedDocument.self, let record = try ExtractRecordReader.decode([UInt8](data)) as? Record { return record }
        return try JSONDecoder().decode(type, from: data)
    }

    /// Whether a document's record for a stage exists.
    public func exists(_ stage: StageName, docID: String) -> Bool {
        // One access(2) on a path built as a string: the URL and FileManager round trip cost more than the call.
        access("\(root.path)/stages/\(stage.rawValue)/\(docID).json", F_OK) == 0
    }

    /// Encoder with stable key order so identical records hash identically.
    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
