import Foundation
import Testing
@testable import GovReportsCore

/// The clean record's hand-written reader: it must read exactly what `RecordJSONWriter` wrote, as `JSONDecoder` does,
/// and refuse what `JSONDecoder` refuses (a truncated record, a missing field).
@Suite struct CleanedRecordReaderTests {
    /// A cleaned document using every field, with escapes, a supplementary-plane character and a table.
    static let document: CleanedDocument = {
        let grid = TableGrid(index: 0, rows: [[TableGridCell(text: "项目", isHeader: true), TableGridCell(text: "数\t量", isHeader: true)],
                                              [TableGridCell(text: "许可"), TableGridCell(text: "7", isSpanned: true)]],
                             headerRows: 1, headerColumns: 1, unit: "万元")
        return CleanedDocument(docID: "d1", source: "dir/\"a\".html", sha256: "abc", encoding: "gb18030", isHTML: true,
                               page: PageMetadata(articleTitle: "某县报告", published: "2024-01-31"),
                               text: "第一行\n第二行𠀀 é\n\u{1}控制", removed: [RemovedLine(line: "首页", rule: "breadcrumb", beforeLine: 0),
                                                                          RemovedLine(line: "旧", rule: "old")],
                               diagnostics: [Diagnostic(.bodySuspect, stage: .clean, "body?")], tables: [grid])
    }()

    @Test("the reader and JSONDecoder both give back the written document")
    func roundTrip() throws {
        let bytes = RecordJSONWriter.encode(Self.document)
        #expect(try ExtractRecordReader.decodeCleaned(bytes) == Self.document)
        #expect(try JSONDecoder().decode(CleanedDocument.self, from: Data(bytes)) == Self.document)
        // What the store hands back goes through the reader.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cleaned-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = ArtifactStore(root: root)
        try FileManager.default.createDirectory(at: store.folder(.clean), withIntermediateDirectories: true)
        try store.write(Self.document, stage: .clean, docID: "d1")
        #expect(try store.read(CleanedDocument.self, stage: .clean, docID: "d1") == Self.document)
    }

    @Test("a truncated record or one without a field is refused, as JSONDecoder refuses it")
    func refusals() throws {
        let bytes = RecordJSONWriter.encode(Self.document)
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decodeCleaned(Array(bytes.dropLast())) }
        var object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        object["isHTML"] = nil
        let lacking = [UInt8](try JSONSerialization.data(withJSONObject: object))
        #expect(throws: ExtractRecordReadError.self) { try ExtractRecordReader.decodeCleaned(lacking) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(CleanedDocument.self, from: Data(lacking)) }
    }
}
