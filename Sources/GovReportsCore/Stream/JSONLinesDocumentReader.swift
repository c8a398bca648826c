import Foundation

/// Reads `stream`'s JSON-lines input (`StreamLine`): one document per non-blank line; a line that does not decode
/// becomes a rejection naming its line number.
public struct JSONLinesDocumentReader: StreamDocumentReader {
    /// The lines.
    private var lines: LineReader
    /// Decoder reused across lines.
    private let decoder = JSONDecoder()

    /// Reads documents from `lines`.
    public init(_ lines: LineReader) {
        self.lines = lines
    }

    /// The next document or rejection; blank lines are skipped.
    public mutating func next() throws(StreamError) -> StreamItem? {
        while var line = try lines.next() {
            // A file saved by a Windows editor may start with a byte-order mark; it is not part of the JSON.
            if lines.lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let position = "line \(lines.lineNumber)"
            // The common shape is read by hand; anything else, and every bad line, by JSONDecoder (same result).
            if let fast = StreamLineScanner.decode(line) { return fast.item(position: position) }
            do {
                return try decoder.decode(StreamLine.self, from: Data(line)).item(position: position)
            } catch {
                return .rejected(StreamRejection(position: position, reason: "not a JSON object of the stream input shape (\(Self.reason(error)))"))
            }
        }
        return nil
    }

    /// A short reason for a decoding failure.
    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            let path = c.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)"
        case DecodingError.dataCorrupted: return "invalid JSON"
        default: return "\(error)"
        }
    }
}
