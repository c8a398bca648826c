import Foundation
import Testing
@testable import GovReportsCore

/// The hand-written extract-record writer and reader against `JSONEncoder`/`JSONDecoder` on the bundled samples.
struct RecordJSONTests {
    /// Every bundled sample report through clean, normalize and extract.
    static let results: [ChainResult] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("samples")
        let pipeline = try! StageChain(config: PipelineConfig(), baseDirectory: root)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".txt") }.sorted().map {
            try! pipeline.run(file: folder.appendingPathComponent($0))
        }
    }()

    /// Extract records of every bundled sample report.
    static var samples: [ExtractedDocument] { results.map(\.extracted) }

    /// The encoder the writer must match byte for byte.
    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    @Test("the writer's bytes equal JSONEncoder's for every sample record")
    func writerMatchesEncoder() throws {
        #expect(Self.samples.count >= 10)
        for d in Self.samples {
            #expect(RecordJSONWriter.encode(d) == [UInt8](try Self.encoder.encode(d)), "\(d.source)")
        }
    }

    @Test("the writer's cleaned and normalized records equal JSONEncoder's, with and without optional fields")
    func writerMatchesEncoderForTextRecords() throws {
        #expect(Self.results.count >= 10)
        for r in Self.results {
            #expect(RecordJSONWriter.encode(r.cleaned) == [UInt8](try Self.encoder.encode(r.cleaned)), "\(r.cleaned.source)")
            #expect(RecordJSONWriter.encode(r.normalized) == [UInt8](try Self.encoder.encode(r.normalized)),
                    "\(r.normalized.source)")
            var bare = r.normalized
            bare.title = nil
            bare.page = PageMetadata()
            bare.removed = [RemovedLine(line: "打印\"本页\"\n", rule: "print/close")]
            bare.tables = [TableGrid(index: 1, rows: [[TableGridCell(text: "项目", isHeader: true), TableGridCell(text: "数量\"")],
                                                      [TableGridCell(text: "本年新收"), TableGridCell(text: "12", isSpanned: true)]],
                                     headerRows: 1, headerColumns: 1, unit: "万元")]
            #expect(RecordJSONWriter.encode(bare) == [UInt8](try Self.encoder.encode(bare)))
        }
        #expect(Self.results.contains { $0.cleaned.isHTML } && Self.results.contains { !$0.cleaned.isHTML })
        #expect(Self.results.contains { !$0.cleaned.removed.isEmpty })
    }

    @Test("the reader gives back every sample record unchanged")
    func readerRoundTrips() throws {
        var quantities = 0
        for d in Self.samples {
            #expect(try ExtractRecordReader.decode(RecordJSONWriter.encode(d)) == d, "\(d.source)")
            quantities += d.quantities.count
        }
        #expect(quantities > 300)
    }

    @Test("escapes, whitespace, key order, nulls and unknown keys read as JSONDecoder reads them")
    func readerAgreesWithDecoderOnHandWrittenJSON() throws {
        let json = """
            { "diagnostics" : [ {"code": "year-missing", "message": "a\\"b", "severity": "warning", "stage": "extract"},
                                {"stage": "clean", "severity": "info", "message": "tab\\there", "code": "content-by-density", "x": 1} ], "text": "第一行\\n\\u00e9\\ud83d\\ude00\\/end", "docID":"d1",
              "future": {"nested": [1, 2.5e3, true, false, null, "x"]},
              "chars": 12, "source": "s.html", "sha256": "ab", "encoding": "GB18030",
              "metadata": {"reportYear": 2022, "title": null, "adminLevel": "county", "city": "厦门市"},
              "quantities": [ {"value": 1.5e4, "valueMax": null, "text": "1.5万", "sentence": "共1.5万元。", "section": "1",
                               "mention": 1, "kind": "money", "charStart": 3, "charEnd": 7, "unit": "元", "approx": null,
                               "change": "increase", "target": false, "extra": [] } ],
              "sections": [{"path": "1", "level": 1, "marker": "一、", "title": "举措", "part": "measures",
                            "charStart": 0, "charEnd": 9}],
              "citations": [{"citation": 1, "kind": "doc_number", "text": "〔2022〕1号", "year": 2022, "serial": 1,
                             "charStart": 1, "charEnd": 8}],
              "indicators": [{"indicator": "X1", "value": 295, "unit": "件", "mention": 1}] }
            """
        let bytes = [UInt8](json.utf8)
        let expected = try JSONDecoder().decode(ExtractedDocument.self, from: Data(bytes))
        let read = try ExtractRecordReader.decode(bytes)
        #expect(read == expected)
        #expect(read.text == "第一行\né😀/end")
        #expect(read.quantities.first?.value == 15000)
        #expect(read.quantities.first?.change == .increase && read.quantities.first?.target == false)
        #expect(read.metadata.adminLevel == .county)
    }

    @Test("truncated, mistyped or incomplete records throw with the byte offset")
    func readerRejectsMalformedRecords() throws {
        let good = RecordJSONWriter.encode(try #require(Self.samples.first { !$0.quantities.isEmpty }))
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decode(Array(good.prefix(good.count / 2))) }
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decode(good + [0x7D]) }
        let text = String(decoding: good, as: UTF8.self)
        let noValue = text.replacingOccurrences(of: #","value":"#, with: #","valuex":"#)
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decode([UInt8](noValue.utf8)) }
        let badKind = text.replacingOccurrences(of: #""kind":"count""#, with: #""kind":"lots""#)
        #expect(badKind != text)
        do {
            _ = try ExtractRecordReader.decode([UInt8](badKind.utf8))
            Issue.record("an unknown kind was accepted")
        } catch {
            #expect(error.offset > 0 && error.offset < badKind.utf8.count)
            #expect(error.reason.contains("lots"))
        }
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decode([UInt8](#"{"docID":"x","chars":1}"#.utf8)) }
    }
}
