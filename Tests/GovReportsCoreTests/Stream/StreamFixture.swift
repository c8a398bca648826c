import Foundation
import Testing
@testable import GovReportsCore

/// Drives `DocumentStreamer` over in-memory input and builds stream input from a folder the way `run` names it.
enum StreamFixture {
    /// The streamer of a default-config chain (`base` is where the config would be).
    static func streamer(base: URL = FileManager.default.temporaryDirectory, shard: Shard? = nil) throws -> DocumentStreamer {
        DocumentStreamer(chain: try StageChain(config: PipelineConfig(), baseDirectory: base), shard: shard)
    }

    /// Streams JSON-lines `input`; returns the output lines (without LF) and the tally.
    static func stream(_ input: String, streamer: DocumentStreamer) throws -> (lines: [String], tally: StreamTally) {
        var reader = JSONLinesDocumentReader(LineReader(ByteInput(bytes: Array(input.utf8))))
        var out: [UInt8] = []
        let tally = try streamer.run(&reader) { (bytes: [UInt8]) throws(StreamError) in out += bytes }
        #expect(out.last == 0x0A || out.isEmpty)
        let text = String(decoding: out, as: UTF8.self)
        return (text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init), tally)
    }

    /// One input line for `source` with `bytes`: `html`/`text` when they are UTF-8, else `base64` (as
    /// `scripts/stream-input.py` writes them).
    static func inputLine(source: String, bytes: [UInt8], id: String? = nil) throws -> String {
        var object: [String: Any] = ["source": source]
        if let id { object["id"] = id }
        if let text = String(validating: bytes, as: UTF8.self) {
            object[source.hasSuffix(".txt") ? "text" : "html"] = text
        } else {
            object["base64"] = Data(bytes).base64EncodedString()
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Stream input for every document `run` would take from `config` at `base`, in resolver order.
    static func input(config: PipelineConfig, base: URL) throws -> String {
        let docs = try SourceResolver(baseDirectory: base).resolve(config.sources)
        return try docs.map { try inputLine(source: $0.source, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0.path!)))) }
            .joined(separator: "\n") + "\n"
    }

    /// The top-level JSON object of an output line.
    static func object(_ line: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
    }

    /// The dataset files `run` writes in `folder` (everything but run state, stage artifacts and logs), by name.
    static func datasetFiles(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: folder.path)
        where !["state.sqlite", "state.sqlite-wal", "state.sqlite-shm", "stages", "run.json", ".lock", "texts"].contains(name) && !name.hasPrefix(".") {
            var data = try Data(contentsOf: folder.appendingPathComponent(name))
            // `created` is the export's clock (fixed only under SOURCE_DATE_EPOCH, which the CI script sets).
            if name == "datapackage.json" { data = withoutCreated(data) }
            out[name] = data
        }
        for name in try fm.contentsOfDirectory(atPath: folder.appendingPathComponent("texts").path) {
            out["texts/" + name] = try Data(contentsOf: folder.appendingPathComponent("texts/" + name))
        }
        return out
    }

    /// A datapackage descriptor with its `created` line blanked.
    static func withoutCreated(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        return Data(text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.contains("\"created\"") ? "" : String($0) }.joined(separator: "\n").utf8)
    }
}
