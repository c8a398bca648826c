import Foundation
import Testing
@testable import GovReportsCore

/// Each record's one codec: the hand-written writer matches `JSONEncoder` byte for byte and the reader gives the
/// record back, with every optional field present and absent and with diagnostics.
@Suite struct RecordCodecTests {
    /// A quantity with every optional field set, one with none.
    static let quantities = [
        QuantityRecord(mention: 1, text: "约40%-60%", value: 40, valueMax: 60, unit: "%", kind: .percent, approx: "约",
                       section: "二/(三)", sectionTitle: "主要举措", sentence: "占比约40%-60%。", charStart: 2, charEnd: 9,
                       subject: "占比", indicator: "satisfaction_rate"),
        QuantityRecord(mention: 2, text: "1588.3万元", value: 15_883_000, valueMax: nil, unit: nil, kind: .money, approx: nil,
                       section: "", sectionTitle: nil, sentence: "\"引号\"\t1588.3万元", charStart: 10, charEnd: 18,
                       subject: nil, indicator: nil),
    ]

    /// The export fixture's records plus one holding the quantities above.
    static var records: [ExtractedDocument] {
        var docs = ExportFixture.documents()
        var extra = docs[1]
        extra.docID = "0000000000000003"
        extra.quantities = quantities
        extra.diagnostics = [Diagnostic(.yearMissing, stage: .extract, "report year not stated"),
                             Diagnostic(.inputEmpty, stage: .clean, severity: .error, "x: \"empty\"\n")]
        docs.append(extra)
        return docs
    }

    @Test func writerMatchesEncoderAndReaderRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for d in Self.records {
            let bytes = RecordJSONWriter.encode(d)
            #expect(bytes == [UInt8](try encoder.encode(d)), "\(d.docID)")
            #expect(try ExtractRecordReader.decode(bytes) == d, "\(d.docID)")
            #expect(try JSONDecoder().decode(ExtractedDocument.self, from: Data(bytes)) == d)
        }
    }

    /// Every row table's rows have exactly its schema's columns (they come from the same list).
    @Test func rowsHaveTheSchemaColumns() throws {
        let codebook = try Codebook.load(nil, baseDirectory: URL(fileURLWithPath: "/"))
        let rows = DatasetRows(codebook: codebook)
        for d in Self.records {
            #expect(rows.document(d).count == DatasetSchemas.documents.columns.count)
            for r in rows.quantities(d) { #expect(r.count == DatasetSchemas.quantities.columns.count) }
            for r in rows.diagnostics(d) { #expect(r.count == DatasetSchemas.diagnostics.columns.count) }
            #expect(rows.indicators(d).count == DatasetSchemas.indicators(codebook).columns.count)
        }
    }
}
