import Foundation
import Logging
@testable import GovReportsCore

/// Writes hand-made extract records into a temporary output folder and exports them, for tests of the datasets.
enum ExportFixture {
    /// Report text: a formula-like title, Chinese text, numbers that are indicators.
    static let text = "一、主要举措和成效\n全年收到行政复议申请12件,受理10件。主动公开政府信息320条,群众满意度98.5%。"

    /// Two extracted documents: one with quantities and indicators, one nearly empty (nulls everywhere).
    static func documents() -> [ExtractedDocument] {
        let scalars = Array(text.unicodeScalars)
        func q(_ mention: Int, _ t: String, _ value: Double, _ unit: String, _ kind: QuantityKind) -> QuantityRecord {
            let needle = Array(t.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle } ?? 0
            return QuantityRecord(mention: mention, text: t, value: value, valueMax: nil, unit: unit, kind: kind, approx: nil,
                                  section: "一", sectionTitle: "主要举措和成效", sentence: "全年收到行政复议申请12件,受理10件。",
                                  charStart: start, charEnd: start + needle.count, subject: nil, indicator: nil)
        }
        var quantities = [q(1, "12件", 12, "件", .count), q(2, "10件", 10, "件", .count), q(3, "320条", 320, "条", .count),
                          q(4, "98.5%", 98.5, "%", .percent)]
        let matcher = try? IndicatorMatcher(codebook: Codebook.load(nil, baseDirectory: URL(fileURLWithPath: "/")))
        let mentions = matcher?.match(quantities, text: scalars) ?? []
        for m in mentions { quantities[m.mention - 1].indicator = m.indicator }
        let first = ExtractedDocument(
            docID: "0123456789abcdef", source: "samples/planted.txt", sha256: String(repeating: "a", count: 64), encoding: "utf-8",
            metadata: DocumentMetadata(title: "=HYPERLINK(\"http://x\",\"y\")", agency: "厦门市海沧区民政局", province: "福建省",
                                       city: "厦门市", county: "海沧区", divisionCode: "350205", adminLevel: .county,
                                       reportYear: 2022, published: "2023-02-22", signed: "2023-02-21"),
            chars: scalars.count, text: text,
            sections: [SectionRecord(path: "一", level: 1, marker: "一、", title: "主要举措和成效", parent: nil, part: .measures,
                                     charStart: 0, charEnd: scalars.count)],
            quantities: quantities,
            citations: [CitationRecord(citation: 1, kind: .docNumber, text: "厦海政办〔2022〕12号", issuer: "厦海政办", year: 2022,
                                       serial: 12, normalized: "厦海政办〔2022〕12号", charStart: 0, charEnd: 1)],
            indicators: mentions,
            diagnostics: [Diagnostic(.contentByDensity, stage: .clean, severity: .info, "clean: test warning"),
                          Diagnostic(.regionAmbiguous, stage: .extract, "-leading dash")],
            tableCells: [TableCellRecord(table: 1, row: 1, col: 1, text: "项目", isHeader: true),
                         TableCellRecord(table: 1, row: 1, col: 2, text: "收费金额", colHeader: nil, isHeader: true),
                         TableCellRecord(table: 1, row: 2, col: 1, text: "行政事业性收费", colHeader: "项目", isHeader: true),
                         TableCellRecord(table: 1, row: 2, col: 2, text: "251000元", value: 251000, unit: "元", unitSource: .cell,
                                         rowHeader: "行政事业性收费", colHeader: "收费金额"),
                         TableCellRecord(table: 1, row: 3, col: 2, text: "")])
        let second = ExtractedDocument(
            docID: "fedcba9876543210", source: "https://example.org/r.html", sha256: String(repeating: "b", count: 64),
            encoding: "gb18030", metadata: DocumentMetadata(), chars: 4, text: "空白报告", sections: [], quantities: [],
            citations: [], indicators: [], diagnostics: [])
        return [first, second]
    }

    /// Exports the fixture documents into `output` (created) with `workers` threads and returns the output folder.
    @discardableResult
    static func export(to output: URL, workers: Int = 1) throws -> URL {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let store = ArtifactStore(root: output)
        try FileManager.default.createDirectory(at: store.folder(.extract), withIntermediateDirectories: true)
        var sources: [SourceDocument] = []
        for d in documents() {
            try store.write(d, stage: .extract, docID: d.docID)
            sources.append(SourceDocument(docID: d.docID, source: d.source))
        }
        let codebook = try Codebook.load(nil, baseDirectory: URL(fileURLWithPath: "/"))
        try ExportStage(config: ExportConfig(), output: output, logger: Logger(label: "test"), codebook: codebook) {
            try store.read(ExtractedDocument.self, stage: .extract, docID: $0.docID)
        }
            .export(sources, workers: workers)
        return output
    }

    /// A fresh temporary folder.
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("govreports-export-\(UUID().uuidString)")
    }
}
