import Foundation
import Testing
@testable import GovReportsCore

/// A publication date in full-width digits (round 5's e32, `发布时间：２０２５－０１－１５`) is read as its ASCII twin is,
/// with each separator; an impossible date stays unread.
@Suite struct FullWidthDateTests {
    /// The published date the chain reads from a text report whose info line is `info`.
    static func published(_ info: String) throws -> String? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fwdate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.txt")
        let text = "某镇人民政府2024年法治政府建设年度报告\n\(info)\n\n2024年，本镇开展普法宣传活动24场次，发放宣传资料1200份。\n\n某镇人民政府\n2025年1月14日\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try CleanUnseenLayoutsTests.pipeline.run(file: file).extracted.metadata.published
    }

    /// Full-width digits with `－`, `／`, `．` or 年月日, and the ASCII line, all give the same date.
    @Test(arguments: ["发布时间：２０２５－０１－１５", "发布时间：２０２５／１／１５", "发布日期：２０２５．０１．１５",
                      "发布日期：２０２５年０１月１５日", "发布时间：2025-01-15"])
    func readsFullWidth(_ info: String) throws {
        #expect(try Self.published(info) == "2025-01-15")
    }

    /// The fold touches only digits and date separators, and an impossible date is still no date.
    @Test func foldsOnlyDates() throws {
        #expect(FullWidthDate.folded("来源：白沙镇　２０２５－０１－１５") == "来源：白沙镇　2025-01-15")
        #expect(FullWidthDate.folded("（一）抓好学法") == "（一）抓好学法")
        #expect(try Self.published("发布时间：２０２５－１３－４０") == nil)
    }
}
