import Foundation
import Testing
@testable import GovReportsCore

/// The clean and normalize records' `outside` field: the hand-written writer matches `JSONEncoder` byte for byte,
/// the hand-written readers and `JSONDecoder` read back what it wrote, and a record lacking a field is refused.
@Suite struct OutsideBodyCodecTests {
    /// Blocks in every place, with escapes and a supplementary-plane character, and a truncated record.
    static let outside = OutsideBody(blocks: [
        OutsideBodyBlock(lines: ["首页 \"政务\"", "tab\there"], place: .before, rule: "element class:nav"),
        OutsideBodyBlock(lines: ["附件：𠀀"], place: .between, beforeLine: 3, rule: PageWalk.outsideBodyRule),
        OutsideBodyBlock(lines: ["版权所有\\某县"], place: .after, rule: "element tag:footer"),
    ], truncated: true)

    /// The encoder the writer must match.
    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    @Test("clean records with outside blocks round-trip through the writer, the reader and JSONDecoder")
    func cleanedRoundTrip() throws {
        var c = CleanedRecordReaderTests.document
        c.outside = Self.outside
        let bytes = RecordJSONWriter.encode(c)
        #expect(bytes == [UInt8](try Self.encoder.encode(c)))
        #expect(try ExtractRecordReader.decodeCleaned(bytes) == c)
        #expect(try JSONDecoder().decode(CleanedDocument.self, from: Data(bytes)) == c)
        c.outside = .none
        #expect(RecordJSONWriter.encode(c) == [UInt8](try Self.encoder.encode(c)))
        #expect(try ExtractRecordReader.decodeCleaned(RecordJSONWriter.encode(c)) == c)
    }

    @Test("normalize records carry the outside blocks too")
    func normalizedRoundTrip() throws {
        let n = NormalizedDocument(docID: "d", source: "s.html", sha256: "x", encoding: "utf-8", page: PageMetadata(),
                                   title: "标题", text: "一。\n二。", removed: [], diagnostics: [], outside: Self.outside)
        let bytes = RecordJSONWriter.encode(n)
        #expect(bytes == [UInt8](try Self.encoder.encode(n)))
        #expect(try ExtractRecordReader.decodeNormalized(bytes) == n)
        #expect(try JSONDecoder().decode(NormalizedDocument.self, from: Data(bytes)) == n)
    }

    @Test("a clean record without outside, or a block without its place, is refused as JSONDecoder refuses it")
    func refusals() throws {
        var c = CleanedRecordReaderTests.document
        c.outside = Self.outside
        let bytes = RecordJSONWriter.encode(c)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        object["outside"] = nil
        let lacking = [UInt8](try JSONSerialization.data(withJSONObject: object))
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decodeCleaned(lacking) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(CleanedDocument.self, from: Data(lacking)) }
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"place\":\"after\",", with: "")
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decodeCleaned(Array(text.utf8)) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(CleanedDocument.self, from: Data(text.utf8)) }
        let unknown = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"place\":\"after\"", with: "\"place\":\"aside\"")
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decodeCleaned(Array(unknown.utf8)) }
    }

    @Test("before the body the recorder keeps the text nearest it (the oldest is dropped, the first kept line may lose its start); after the body it cuts the line that passes the budget and records nothing more")
    func recorderBudget() {
        var r = OutsideBodyRecorder(budget: 5)
        r.add("首页", place: .before, beforeLine: nil, element: 1, rule: "element class:nav")
        r.add("机构概况", place: .before, beforeLine: nil, element: 1, rule: "element class:nav")
        r.add("位置", place: .before, beforeLine: nil, element: 2, rule: "element class:crumb")
        #expect(!r.isFull, "the side before the body being full does not stop the walk")
        r.add("附件", place: .between, beforeLine: 2, element: -1, rule: PageWalk.outsideBodyRule)
        r.add("政务𠀀公开", place: .after, beforeLine: nil, element: 3, rule: "element tag:footer")
        #expect(r.isFull)
        r.add("更多", place: .after, beforeLine: nil, element: 3, rule: "element tag:footer")
        #expect(r.finish() == OutsideBody(blocks: [
            OutsideBodyBlock(lines: ["构概况"], place: .before, rule: "element class:nav"),
            OutsideBodyBlock(lines: ["位置"], place: .before, rule: "element class:crumb"),
            OutsideBodyBlock(lines: ["附件"], place: .between, beforeLine: 2, rule: PageWalk.outsideBodyRule),
            OutsideBodyBlock(lines: ["政务𠀀"], place: .after, rule: "element tag:footer"),
        ], truncated: true))
        var exact = OutsideBodyRecorder(budget: 4)
        exact.add("首页机构", place: .before, beforeLine: nil, element: -1, rule: PageWalk.outsideBodyRule)
        exact.add("版权所有", place: .after, beforeLine: nil, element: -1, rule: PageWalk.outsideBodyRule)
        #expect(!exact.finish().truncated, "text that fits each side's budget exactly is not truncated")
    }
}
