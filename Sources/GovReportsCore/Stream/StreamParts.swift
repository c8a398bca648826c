import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An index of `stream` output files (a Spark job's `part-*`, a job array's shard outputs): where each document's
/// line is, by `doc_id`. Only the index is held in memory; each record is read back from its file when export
/// wants it, so merging a large corpus costs a few dozen bytes per document.
public final class StreamParts: Sendable {
    /// Where one document's line is.
    struct Entry: Sendable {
        /// Index into `paths`.
        let file: Int
        /// Byte offset of the `record` value in the file.
        let offset: Int
        /// Length of the `record` value.
        let length: Int
        /// The document's source.
        let source: String
        /// SHA-256 of the record value's bytes (the part of the export's input identity this document gives).
        let digest: String
    }

    /// The part files, in the order given.
    public let paths: [String]
    /// Documents with a record, in `doc_id` order (the order `run` exports in).
    public let documents: [SourceDocument]
    /// Each document's line.
    private let entries: [String: Entry]
    /// Lines of documents that failed or were not documents (they are in no dataset, as in `run`).
    public let failedLines: Int
    /// Lines whose doc_id an earlier line (or part) already gave; the first one is kept.
    public let duplicates: Int
    /// Identity of what export reads from the parts: each kept document's id with its record's hash, in `doc_id`
    /// order (the export state row stores it, so `status` tells whether the parts changed since).
    public let identity: String
    /// Kept documents streamed without the site templates their config learns (`template-book-missing`).
    public let withoutTemplates: Int

    /// Indexes `paths`, reading every line once; throws on an unreadable file or a line that is not stream output.
    public init(paths: [String]) throws(StreamError) {
        var entries: [String: Entry] = [:]
        var failed = 0
        var duplicates = 0
        var withoutTemplates = 0
        for (file, path) in paths.enumerated() {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw .partUnreadable(path: path, reason: String(cString: strerror(errno))) }
            defer { close(fd) }
            var lines = LineReader(ByteInput(fileDescriptor: fd))
            while true {
                let next: [UInt8]?
                do { next = try lines.next() } catch { throw .partUnreadable(path: path, reason: "\(error)") }
                guard let line = next else { break }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                guard let envelope = StreamEnvelope(line) else {
                    throw .partLineInvalid(path: path, line: lines.lineNumber, reason: "not a JSON object")
                }
                guard let record = envelope.values["record"] else {
                    guard envelope.plainString("status", in: line) == StreamOutputLine.failed else {
                        throw .partLineInvalid(path: path, line: lines.lineNumber, reason: "no record and not failed")
                    }
                    failed += 1
                    continue
                }
                guard let docID = envelope.plainString("doc_id", in: line) else {
                    throw .partLineInvalid(path: path, line: lines.lineNumber, reason: "no doc_id")
                }
                if entries[docID] != nil {
                    duplicates += 1
                    continue
                }
                if let notes = envelope.values["diagnostics"], StreamTemplateNotice.isIn(line[notes]) { withoutTemplates += 1 }
                let source = envelope.values["source"].flatMap { r in
                    try? JSONDecoder().decode(String.self, from: Data(line[r]))
                } ?? ""
                entries[docID] = Entry(file: file, offset: lines.lineOffset + record.lowerBound, length: record.count,
                                       source: source, digest: Digest.sha256(line[record]))
            }
        }
        self.paths = paths
        self.entries = entries
        self.failedLines = failed
        self.duplicates = duplicates
        self.withoutTemplates = withoutTemplates
        self.documents = entries.map { SourceDocument(docID: $0.key, source: $0.value.source) }
            .sorted { $0.docID < $1.docID }
        self.identity = Digest.sha256(documents.map { "\($0.docID):\(entries[$0.docID]!.digest)" }.joined(separator: "\n"))
    }

    /// The part files named by `paths`: a file as given; a folder (a Spark job's output) as its `part-*` files in
    /// name order, so its `_SUCCESS` marker and checksum files are left out.
    public static func expand(_ paths: [String]) throws(StreamError) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw .partUnreadable(path: path, reason: "no such file or folder")
            }
            guard isDir.boolValue else {
                out.append(path)
                continue
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                throw .partUnreadable(path: path, reason: ErrorText.describe(error))
            }
            let partFiles = names.filter { $0.hasPrefix("part-") }.sorted()
            if partFiles.isEmpty { throw .partUnreadable(path: path, reason: "a folder without part-* files") }
            out += partFiles.map { (path as NSString).appendingPathComponent($0) }
        }
        return out
    }

    /// Reads one document's record back from its part with the record's own reader.
    public func read(_ doc: SourceDocument) throws -> ExtractedDocument {
        guard let e = entries[doc.docID] else { throw StreamError.partUnreadable(path: "-", reason: "no record for \(doc.docID)") }
        let path = paths[e.file]
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw StreamError.partUnreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: e.length)
        var done = 0
        while done < e.length {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, e.length - done, off_t(e.offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw StreamError.partUnreadable(path: path, reason: n == 0 ? "file shrank while exporting" : String(cString: strerror(errno)))
            }
            done += n
        }
        do { return try ExtractRecordReader.decode(bytes) } catch {
            throw StreamError.partLineInvalid(path: path, line: 0, reason: "record of \(doc.docID): \(error)")
        }
    }
}
