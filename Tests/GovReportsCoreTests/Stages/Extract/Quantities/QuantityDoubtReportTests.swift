import Foundation
import Testing
@testable import GovReportsCore

/// Doubts become one diagnostic per code that counts the places and quotes the first ones with their offsets.
@Suite struct QuantityDoubtReportTests {
    /// A document with two split numbers yields one `quantity-split-number` warning naming both places.
    @Test func oneDiagnosticPerCode() throws {
        let text = "受理申请12\n34件,投入资金1.\n5亿元。"
        let values = RuleView.of(text).values
        var doubts: [QuantityDoubt] = []
        let matches = sharedQuantityScanner.scan(values: values, doubts: &doubts)
        #expect(matches.isEmpty, "found \(matches.map(\.text))")
        let diagnostics = QuantityDoubtReport.diagnostics(doubts, text: Array(text.unicodeScalars))
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.code == .quantitySplitNumber)
        #expect(diagnostic.stage == .extract && diagnostic.severity == .warning)
        #expect(diagnostic.message.contains("\(doubts.count) number(s)"))
        #expect(diagnostic.message.contains("12⏎34件"))
        #expect(diagnostic.message.contains("at 4"))
    }

    /// No doubts, no diagnostics.
    @Test func nothingWithoutDoubts() {
        #expect(QuantityDoubtReport.diagnostics([], text: Array("共35件。".unicodeScalars)).isEmpty)
    }

    /// The extract stage reports the doubt and keeps the quantities it is sure of.
    @Test func extractStageReportsTheDoubt() throws {
        let stage = try ExtractStage(config: ExtractConfig(), baseDirectory: URL(fileURLWithPath: "."))
        let doc = NormalizedDocument(docID: "d", source: "s", sha256: "", encoding: "utf-8", page: PageMetadata(),
                                     title: "t", text: "全年受理45件。受理申请12\n34件。", removed: [], diagnostics: [], tables: [])
        let out = stage.extract(doc)
        #expect(out.quantities.map(\.text) == ["45件"])
        #expect(out.diagnostics.contains { $0.code == .quantitySplitNumber })
    }
}
