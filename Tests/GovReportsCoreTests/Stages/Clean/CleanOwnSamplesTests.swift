import Foundation
import Testing
@testable import GovReportsCore

/// The samples written for issue 16's mechanisms: a portal text report, a disclosure page with a header table,
/// and a page whose known container holds only a URL.
struct CleanOwnSamplesTests {
    /// Cleans `samples/<name>`.
    static func clean(_ name: String) throws -> CleanedDocument {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples/" + name)
        return try CleanFixtures.cleaner().clean([UInt8](try Data(contentsOf: url)), record: CleanFixtures.record(name))
    }

    /// The header table's fields land in the page metadata and leave the body; its 发布日期 beats the PubDate meta.
    @Test func disclosureHeaderTableBecomesFields() throws {
        let doc = try Self.clean("tongxiang-gov-info-2023.html")
        #expect(doc.page.indexNo == "002600012/2024-00031")
        #expect(doc.page.issuer == "桐乡市人民政府办公室")
        #expect(doc.page.docNumber == "桐政办发〔2024〕4号")
        #expect(doc.page.written == "2024-01-22")
        #expect(doc.page.subjectTerms == "政务公开 年度报告")
        #expect(doc.page.published == "2024-01-25")
        #expect(!doc.text.contains("索 引 号") && !doc.text.contains("有效性"))
        #expect(doc.removed.contains { $0.rule == HeaderTable.rule })
    }

    /// A URL-only known container: the body comes through the cascade, with the diagnostic.
    @Test func urlOnlyContainerSample() throws {
        let doc = try Self.clean("pingyang-market-2022.html")
        #expect(doc.warnings.contains { $0.hasPrefix("body-suspect:") })
        #expect(doc.text.contains("全年查办各类市场监管案件215件"))
        #expect(!doc.text.contains("https://"))
    }

    /// The portal text report: the first body line is the title once the toolbar run is gone.
    @Test func portalTextTitleAfterToolbar() throws {
        let doc = try Self.clean("lishui-liandu-justice-2025.txt")
        #expect(doc.text.hasPrefix("丽水市莲都区司法局2025年度法治政府建设工作报告"))
        #expect(doc.removed.contains { $0.rule == EdgeTrimmer.edgeRule })
        #expect(doc.removed.contains { $0.rule == EdgeTrimmer.tailRule })
    }
}
