import Foundation
import Logging
import Testing
@testable import GovReportsCore

/// `stream` without a template book while the config learns site templates says so on every good line
/// (`template-book-missing`), outside the record, and `export --from-stream` counts those lines; with a book, or with
/// learning off, no line says it.
@Suite struct StreamTemplateNoticeTests {
    /// Two documents of one folder and a line that is no document.
    static let input = [
        try! StreamFixture.inputLine(source: "site/a.txt", bytes: Array(StreamTests.report.utf8)),
        try! StreamFixture.inputLine(source: "site/b.txt", bytes: Array(StreamTests.report.utf8)),
        "{broken",
    ].joined(separator: "\n") + "\n"

    /// The codes of each output line's top-level diagnostics.
    static func codes(_ lines: [String]) throws -> [[String]] {
        try lines.map { line in
            ((try StreamFixture.object(line)["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        }
    }

    /// Learning on, no book: each good line carries the notice (once), the record does not; the broken line keeps
    /// its own diagnostic only.
    @Test func noticeWithoutBook() throws {
        let chain = try StageChain(config: PipelineConfig(), baseDirectory: FileManager.default.temporaryDirectory)
        let lines = try StreamFixture.stream(Self.input, streamer: DocumentStreamer(chain: chain, learning: .host)).lines
        #expect(try Self.codes(lines) == [["template-book-missing"], ["template-book-missing"], ["input-invalid"]])
        let record = try StreamFixture.object(lines[0])["record"] as! [String: Any]
        let inRecord = ((record["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        #expect(!inRecord.contains("template-book-missing"), "the notice must not reach the datasets")
        let message = try (StreamFixture.object(lines[0])["diagnostics"] as! [[String: Any]])[0]["message"] as! String
        #expect(message.contains("--templates"))

        // The same record bytes as a stream that does not warn: the datasets cannot differ.
        let quiet = try StreamFixture.stream(Self.input, streamer: DocumentStreamer(chain: chain)).lines
        #expect(try StreamFixture.object(quiet[0])["diagnostics"] == nil)
        #expect(lines[0].hasSuffix(String(quiet[0][quiet[0].range(of: #","record":"#)!.lowerBound...])))

        // export --from-stream counts the documents streamed without the book.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let part = dir.appendingPathComponent("part-0")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: part)
        #expect(try StreamParts(paths: [part.path]).withoutTemplates == 2)
        let quietPart = dir.appendingPathComponent("part-1")
        try Data((quiet.joined(separator: "\n") + "\n").utf8).write(to: quietPart)
        #expect(try StreamParts(paths: [quietPart.path]).withoutTemplates == 0)
    }

    /// With a template book (even an empty one) or with learning off, no notice.
    @Test func noNoticeWithBookOrLearningOff() throws {
        let chain = try StageChain(config: PipelineConfig(), baseDirectory: FileManager.default.temporaryDirectory)
        let book = StreamTemplates(templates: [:], grouping: .host)
        let withBook = try StreamFixture.stream(Self.input, streamer: DocumentStreamer(chain: chain, templates: book, learning: .host)).lines
        #expect(try Self.codes(withBook) == [[], [], ["input-invalid"]])
        let off = try StreamFixture.stream(Self.input, streamer: DocumentStreamer(chain: chain, learning: .none)).lines
        #expect(try Self.codes(off) == [[], [], ["input-invalid"]])
    }
}
