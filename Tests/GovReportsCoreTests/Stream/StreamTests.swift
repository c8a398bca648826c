import Foundation
import Testing
@testable import GovReportsCore

/// `govreports stream`: one line per document, bad documents as lines, deterministic, base64 for non-UTF-8 bytes,
/// and the record `run` stores for the same document.
@Suite struct StreamTests {
    /// A short report (invented) that extracts quantities.
    static let report = "某县司法局2022年度法治政府建设工作报告\n2022年,我局办理行政许可120件,开展普法活动15场。\n一、主要举措和成效\n全年培训执法人员300人次。\n某县司法局\n2023年1月10日\n"

    /// Every input item gets exactly one line, in order; the bad ones carry an error diagnostic with a stable code,
    /// and the good ones around them are unaffected.
    @Test func badDocumentsAreLinesNotCrashes() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64)
        let input = [
            try StreamFixture.inputLine(source: "docs/a.txt", bytes: Array(Self.report.utf8), id: "k1"),
            "{not json",
            #"{"id":"k3","text":"没有来源"}"#,
            #"{"id":4,"source":"docs/both.txt","text":"x","html":"<p>y</p>"}"#,
            #"{"source":"docs/bad64.txt","base64":"***"}"#,
            "",
            try StreamFixture.inputLine(source: "docs/image.png.txt", bytes: png),
            #"{"source":"docs/blank.txt","text":"   \n  "}"#,
            try StreamFixture.inputLine(source: "docs/b.txt", bytes: Array(Self.report.utf8)),
        ].joined(separator: "\n")
        let (lines, tally) = try StreamFixture.stream(input, streamer: try StreamFixture.streamer())
        #expect(lines.count == 8)
        #expect(tally == { var t = StreamTally(); t.extracted = 2; t.failed = 2; t.rejected = 4; return t }())
        let objects = try lines.map(StreamFixture.object)
        #expect(objects.map { $0["status"] as? String } == ["ok", "failed", "failed", "failed", "failed", "failed", "failed", "ok"])
        func code(_ i: Int) -> String? {
            ((objects[i]["diagnostics"] as? [[String: Any]])?.first?["code"]) as? String
        }
        #expect(code(1) == "input-invalid" && code(2) == "input-invalid" && code(3) == "input-invalid" && code(4) == "input-invalid")
        #expect(code(5) == "input-binary")
        #expect(code(6) == "input-empty")
        #expect(((objects[1]["diagnostics"] as! [[String: Any]])[0]["message"] as! String).hasPrefix("line 2: "))
        // What could be read of a rejected line is echoed, so the caller can find it.
        #expect(objects[2]["id"] as? String == "k3" && objects[2]["doc_id"] is NSNull)
        #expect(objects[3]["id"] as? String == "4" && objects[3]["doc_id"] as? String == DocumentID.make(source: "docs/both.txt"))
        #expect((objects[5]["diagnostics"] as! [[String: Any]])[0]["severity"] as? String == "error")
        #expect((objects[5]["diagnostics"] as! [[String: Any]])[0]["stage"] as? String == "clean")
        #expect((objects[1]["diagnostics"] as! [[String: Any]])[0]["stage"] as? String == "fetch")
        // The good lines carry the whole record.
        let record = try #require(objects[0]["record"] as? [String: Any])
        #expect(objects[0]["id"] as? String == "k1")
        #expect((record["quantities"] as? [Any])?.isEmpty == false)
        #expect(record["docID"] as? String == DocumentID.make(source: "docs/a.txt"))
        #expect(objects[0]["doc_id"] as? String == record["docID"] as? String)
    }

    /// A byte-order mark before the first line (a file saved on Windows) does not reject that line.
    @Test func leadingByteOrderMarkIsSkipped() throws {
        let input = "\u{FEFF}" + (try StreamFixture.inputLine(source: "docs/a.txt", bytes: Array(Self.report.utf8))) + "\n"
        let (lines, tally) = try StreamFixture.stream(input, streamer: try StreamFixture.streamer())
        #expect(lines.count == 1 && tally.extracted == 1)
    }

    /// The same input gives the same bytes, line for line.
    @Test func outputIsDeterministic() throws {
        let input = try (0..<6).map { i in
            try StreamFixture.inputLine(source: "docs/r\(i).txt", bytes: Array(Self.report.replacingOccurrences(of: "120", with: "\(100 + i)").utf8))
        }.joined(separator: "\n") + "\n{oops\n"
        let first = try StreamFixture.stream(input, streamer: try StreamFixture.streamer())
        let second = try StreamFixture.stream(input, streamer: try StreamFixture.streamer())
        #expect(first.lines == second.lines)
        #expect(first.lines.count == 7)
        #expect(first.lines[0] != first.lines[1])
    }

    /// A GBK page arrives as base64 of its bytes: decoded as GB18030, hashed over the bytes as given, and the same
    /// text as its UTF-8 twin; `encoding` acts as the transport charset.
    @Test func base64CarriesNonUTF8Bytes() throws {
        let html = "<html><head><meta charset=\"gbk\"><title>某市统计局2023年统计公报</title></head><body><div class=\"content\"><p>某市统计局2023年统计公报</p><p>全年地区生产总值1588.3亿元,增长5.2%。</p><p>年末常住人口312万人。</p></div></body></html>"
        let gbk = CleanCharsetTests.toGB18030(Array(html.utf8))
        let bytes = [UInt8](gbk)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let line = try StreamFixture.inputLine(source: "site/a.html", bytes: bytes)
        #expect(line.contains("\"base64\""))
        let utf8Twin = try StreamFixture.inputLine(source: "site/a.html", bytes: Array(html.replacingOccurrences(of: "gbk", with: "utf-8").utf8))
        let (lines, _) = try StreamFixture.stream(line + "\n" + utf8Twin + "\n", streamer: try StreamFixture.streamer())
        let records = try lines.map { try #require(try StreamFixture.object($0)["record"] as? [String: Any]) }
        #expect(records[0]["encoding"] as? String == "gb18030")
        #expect(records[0]["sha256"] as? String == Digest.sha256(bytes))
        #expect(records[0]["text"] as? String == records[1]["text"] as? String)
        #expect((records[0]["quantities"] as? [[String: Any]])?.map { $0["value"] as? Double } == [1588.3e8, 5.2, 312e4])
        // The transport charset beats the page's <meta>: bytes labelled wrongly are decoded as labelled.
        let labelled = #"{"source":"site/b.html","encoding":"utf-8","base64":""# + Data(bytes).base64EncodedString() + #""}"#
        let (relabelled, _) = try StreamFixture.stream(labelled, streamer: try StreamFixture.streamer())
        let diagnostics = try #require(try StreamFixture.object(relabelled[0])["record"] as? [String: Any])["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.contains { $0["code"] as? String == "charset-mismatch" } == true)
    }

    /// The record on a stream line is byte for byte the extract artifact `run` stores for the same file, under the
    /// same doc_id.
    @Test func recordEqualsRunsArtifact() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let runner = corpus.runner()
        _ = try runner.run(RunOptions())
        let input = try StreamFixture.input(config: runner.config, base: corpus.root)
        let (lines, tally) = try StreamFixture.stream(input, streamer: try StreamFixture.streamer(base: corpus.root))
        #expect(tally.extracted == TestCorpus.reports.count)
        for line in lines {
            let bytes = Array(line.utf8)
            let envelope = try #require(StreamEnvelope(bytes))
            let docID = try #require(envelope.plainString("doc_id", in: bytes))
            let record = Array(bytes[try #require(envelope.values["record"])])
            let stored = try PlainFile.read(runner.store.recordPath(.extract, docID: docID))
            #expect(record == stored, "\(docID)")
        }
    }

    /// `--format warc` is a format of its own reader; until one is built in, asking for it is a clear error.
    @Test func everyFormatHasAReaderOrSaysSo() {
        for format in StreamFormat.allCases {
            do { _ = try format.reader(ByteInput(bytes: [])) } catch {
                #expect(error == .formatUnavailable(format.rawValue))
            }
        }
        #expect((try? StreamFormat.jsonl.reader(ByteInput(bytes: []))) != nil)
    }

    /// Lines are split at LF (CRLF too) across read boundaries, a last line without LF counts, offsets are exact.
    @Test func lineReaderSplitsAndLocates() throws {
        let text = "ab\r\n\ncdé\nlast"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for chunk in [1, 2, 3, 64] {
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            var reader = LineReader(ByteInput(fileDescriptor: fd, chunkSize: chunk))
            var got: [(String, Int)] = []
            while let line = try reader.next() { got.append((String(decoding: line, as: UTF8.self), reader.lineOffset)) }
            #expect(got.map(\.0) == ["ab", "", "cdé", "last"], "chunk \(chunk)")
            #expect(got.map(\.1) == [0, 4, 5, 10], "chunk \(chunk)")
            #expect(reader.lineNumber == 4)
        }
    }
}
