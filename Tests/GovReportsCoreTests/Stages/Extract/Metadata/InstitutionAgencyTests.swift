import Testing
@testable import GovReportsCore

/// Public institutions and township organs that sign their own reports (`德清县档案馆`, `某镇司法所`), from the
/// blind whole-report set: a 馆 or 所 closes the agency's name as 局 does.
@Suite struct InstitutionAgencyTests {
    /// Runs the extractor (see `extractMetadata`).
    private func run(_ text: String, title: String?) throws -> DocumentMetadata { try extractMetadata(text, title: title) }

    /// An archive in its title and under its signature.
    @Test func archiveSigns() throws {
        let meta = try run("2023年，我馆认真落实法治建设各项任务。\n德清县档案馆\n2024年1月8日\n", title: "德清县档案馆2023年度法治建设工作总结")
        #expect(meta.agency == "德清县档案馆")
        #expect(meta.divisionCode == "330521")
    }

    /// A township's justice office under its signature only.
    @Test func townshipOfficeSigns() throws {
        let meta = try run("2024年，我所扎实开展人民调解工作。\n德清县新市镇司法所\n2025年1月6日\n", title: nil)
        #expect(meta.agency == "德清县新市镇司法所")
        #expect(meta.signed == "2025-01-06")
    }

    /// A place (`场所`) in a sentence is no agency name.
    @Test func placeWordInSentence() throws {
        let meta = try run("全县各类经营场所均已完成检查。\n", title: nil)
        #expect(meta.agency == nil)
    }
}
