import Testing
@testable import GovReportsCore

/// Agency names with `和` inside (`住房和城乡建设局`, `人力资源和社会保障局`) are found whole at province, city and
/// county level, in titles, signatures and subjects; `和` between two complete names still ends the first, and a
/// short list (`市和区`) is not a name. Invented texts.
@Suite struct AgencyConjunctionTests {
    /// Runs the extractor on a text with an optional title.
    private func run(_ text: String, title: String? = nil) throws -> DocumentMetadata {
        let doc = NormalizedDocument(docID: "t", source: "t", sha256: "", encoding: "utf-8",
                                     page: PageMetadata(), title: title, text: text, removed: [], diagnostics: [])
        var diagnostics: [Diagnostic] = []
        return try MetadataExtractor.bundled().extract(doc, sections: SectionParser.bundled().parse(text), diagnostics: &diagnostics)
    }

    /// Titles at three levels, each with a different conjoined name and suffix.
    @Test func titlesAtEveryLevel() throws {
        let province = try run("我厅推进法治建设。", title: "广东省住房和城乡建设厅2022年法治政府建设年度报告")
        #expect(province.agency == "广东省住房和城乡建设厅")
        #expect(province.divisionCode == "440000" && province.adminLevel == .province)
        let city = try run("我局推进法治建设。", title: "厦门市人力资源和社会保障局2022年度法治政府建设工作报告")
        #expect(city.agency == "厦门市人力资源和社会保障局")
        #expect(city.divisionCode == "350200")
        let county = try run("我局推进法治建设。", title: "厦门市海沧区文化和旅游局关于2021年法治政府建设情况的报告")
        #expect(county.agency == "厦门市海沧区文化和旅游局")
        #expect(county.divisionCode == "350205" && county.adminLevel == .county)
        let commission = try run("我委推进法治建设。", title: "浙江省卫生健康和计划生育委员会2017年依法行政工作总结")
        #expect(commission.agency == "浙江省卫生健康和计划生育委员会")
        let reform = try run("我委推进法治建设。", title: "杭州市发展和改革委员会2022年法治政府建设年度报告")
        #expect(reform.agency == "杭州市发展和改革委员会")
    }

    /// A signature line and the opening subject carry such names too; a relative one takes its place's name.
    @Test func signaturesAndSubjects() throws {
        let signed = try run("2022年,我局推进法治建设。\n福州市鼓楼区自然资源和规划局\n2023年1月20日")
        #expect(signed.agency == "福州市鼓楼区自然资源和规划局")
        #expect(signed.divisionCode == "350102")
        let subject = try run("2022年,市住房和城乡建设局推进法治建设。\n厦门市2022年开展执法检查,厦门市成效明显。")
        #expect(subject.agency == "厦门市住房和城乡建设局", "\(String(describing: subject.agency))")
        #expect(subject.adminLevel == .prefecture)
    }

    /// `和` after a complete name joins two bodies: the first is the agency, not both; a one-scalar side is a list.
    @Test func conjunctionBetweenTwoAgencies() throws {
        let two = try run("我局推进法治建设。", title: "厦门市民政局和厦门市财政局2022年法治政府建设工作报告")
        #expect(two.agency == "厦门市民政局")
        let list = try run("2022年,市和区两级政府推进法治建设。")
        #expect(list.agency != "市和区两级政府")
        // Two conjunctions are more than one name holds.
        let many = try run("我局推进法治建设。", title: "某县教育和科技和体育局2022年工作总结")
        #expect(many.agency != "某县教育和科技和体育局")
    }
}
