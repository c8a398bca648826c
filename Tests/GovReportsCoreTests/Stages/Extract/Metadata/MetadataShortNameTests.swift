import Testing
@testable import GovReportsCore

/// Provinces and prefectures written without their suffix: read inside a name chain or at the start of an agency
/// name, never from a bare word in a title or the body. Invented texts.
@Suite struct MetadataShortNameTests {
    /// Runs the extractor on a text with an optional title and `来源` label.
    private func run(_ text: String, title: String? = nil, source: String? = nil) throws -> DocumentMetadata {
        let doc = NormalizedDocument(docID: "t", source: "t", sha256: "", encoding: "utf-8",
                                     page: PageMetadata(sourceLabel: source), title: title, text: text,
                                     removed: [], diagnostics: [])
        var diagnostics: [Diagnostic] = []
        return try MetadataExtractor.bundled().extract(doc, sections: SectionParser.bundled().parse(text), diagnostics: &diagnostics)
    }

    /// Province and city both short before a county (`湖南长沙岳麓区`).
    @Test func twoShortNamesBeforeACounty() throws {
        let m = try run("我局推进法治建设。", title: "湖南长沙岳麓区民政局2022年法治政府建设年度报告")
        #expect(m.divisionCode == "430104" && m.city == "长沙市" && m.province == "湖南省")
    }

    /// A short name that the following county does not lie in settles nothing (`南京西湖区`).
    @Test func shortNameMustContainTheCounty() throws {
        let m = try run("我局推进法治建设。\n西湖区民政局\n2023年1月5日", title: "南京西湖区民政局2022年工作总结")
        #expect(m.divisionCode == nil)
    }

    /// A title opening with a short name but naming no agency gives no region.
    @Test func bareShortNameInTitleIsNoPlace() throws {
        let m = try run("活动在多地举办。", title: "山西品牌推介活动正式启动")
        #expect(m.province == nil && m.divisionCode == nil)
    }

    /// A short name shared with a county (`黄山` of 黄山市 and 黄山区) or with two divisions (`吉林`) is not read alone.
    @Test func sharedShortNamesStayUnread() throws {
        #expect(try run("我局推进法治建设。", title: "吉林市场监管局2022年工作总结").divisionCode == nil)
        #expect(try run("我局推进法治建设。", title: "黄山公安局2022年工作总结").divisionCode == nil)
    }

    /// The provincial office of a national body: the short place after the national name is its province.
    @Test func officeOfANationalBody() throws {
        let m = try run("我局依法履职。", title: "国家金融监督管理总局浙江监管局2023年法治建设情况报告", source: "浙江监管局")
        #expect(m.agency == "国家金融监督管理总局浙江监管局")
        #expect(m.divisionCode == "330000" && m.adminLevel == .province)
    }
}
