import Testing
@testable import GovReportsCore

/// A branch named by its place after its parent body (`珠海市生态环境局香洲分局`, pages-blind h14) is the agency, and its
/// place, which must lie inside the parent's, is the region; a place outside the parent's, or no place, is no branch.
@Suite struct BranchAgencyTests {
    /// Runs the extractor on a short report with a source label and an optional signature.
    static func run(source: String?, signature: String? = nil) throws -> DocumentMetadata {
        let text = "2023年,我局推进依法行政工作。\n一、主要举措和成效\n全年办理行政许可事项120件。"
            + (signature.map { "\n\($0)\n2024年1月10日" } ?? "")
        let doc = NormalizedDocument(docID: "t", source: "t", sha256: "", encoding: "utf-8",
                                     page: PageMetadata(published: "2024-01-12", sourceLabel: source),
                                     title: "2023年法治政府建设年度报告", text: text, removed: [], diagnostics: [])
        var diagnostics: [Diagnostic] = []
        return try MetadataExtractor.bundled().extract(doc, sections: try SectionParser.bundled().parse(text),
                                                       diagnostics: &diagnostics)
    }

    /// Branches whose place is a county of the parent's city, short or in full, in a source label or a signature.
    @Test(arguments: [
        ("珠海市生态环境局香洲分局", nil, "440402", "香洲区"),
        (nil, "珠海市生态环境局香洲分局", "440402", "香洲区"),
        ("珠海市生态环境局香洲区分局", nil, "440402", "香洲区"),
        ("福州市公安局鼓楼分局", nil, "350102", "鼓楼区"),
    ] as [(String?, String?, String, String)])
    func branchIsTheAgency(_ source: String?, _ signature: String?, _ code: String, _ county: String) throws {
        let meta = try Self.run(source: source, signature: signature)
        #expect(meta.agency == (source ?? signature))
        #expect(meta.divisionCode == code)
        #expect(meta.county == county)
    }

    /// A short name that is no county of the parent's city, or a unit with no place, makes no branch region.
    @Test(arguments: ["珠海市生态环境局鼓楼分局", "珠海市公安局交警支队"])
    func noBranchPlace(_ source: String) throws {
        let meta = try Self.run(source: source)
        #expect(meta.county == nil)
        #expect(meta.divisionCode != "350102")
    }
}
