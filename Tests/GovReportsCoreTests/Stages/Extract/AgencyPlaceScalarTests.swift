import Testing
@testable import GovReportsCore

/// Division names that hold a scalar which elsewhere ends an agency's name (`从` of 从化区, `和` of 和平区, `将` of
/// 将乐县, `于` of 于都县) or an agency suffix (`馆` of 馆陶县, `部` of 南部县): read as a place, they are part of the
/// name, in titles and signatures, while the same scalars after the place still end it. Invented texts.
@Suite struct AgencyPlaceScalarTests {
    /// Runs the extractor on a text with an optional title.
    private func run(_ text: String, title: String? = nil) throws -> DocumentMetadata {
        let doc = NormalizedDocument(docID: "t", source: "t", sha256: "", encoding: "utf-8",
                                     page: PageMetadata(), title: title, text: text, removed: [], diagnostics: [])
        var diagnostics: [Diagnostic] = []
        return try MetadataExtractor.bundled().extract(doc, sections: SectionParser.bundled().parse(text), diagnostics: &diagnostics)
    }

    /// Titles that open with such a place, at county level, with and without the prefecture.
    @Test func titlesOpeningWithSuchPlaces() throws {
        let conghua = try run("我局推进政务公开。", title: "广州市从化区城市管理和综合执法局2023年政府信息公开工作年度报告")
        #expect(conghua.agency == "广州市从化区城市管理和综合执法局")
        #expect(conghua.divisionCode == "440117")
        let heping = try run("我区推进法治建设。", title: "天津市和平区人民政府2023年法治政府建设年度报告")
        #expect(heping.agency == "天津市和平区人民政府")
        #expect(heping.divisionCode == "120101")
        let guantao = try run("我局推进法治建设。", title: "邯郸市馆陶县民政局2023年法治政府建设年度报告")
        #expect(guantao.agency == "邯郸市馆陶县民政局", "the 馆 of 馆陶县 is no suffix")
        let yudu = try run("我局推进法治建设。", title: "于都县自然资源局2023年法治政府建设年度报告")
        #expect(yudu.agency == "于都县自然资源局")
    }

    /// A signature line under the text names such a place too.
    @Test func signatureWithSuchPlace() throws {
        let signed = try run("2023年,我局推进法治建设。\n三明市将乐县司法局\n2024年1月20日")
        #expect(signed.agency == "三明市将乐县司法局")
        #expect(signed.signed == "2024-01-20")
    }

    /// The exemption covers only the place's own scalars: the name scan still stops at a forbidden scalar after it.
    @Test func scalarsAfterThePlaceStillEndTheName() throws {
        let finder = AgencyFinder(rules: try MetadataRules.bundled())
        let text = Array("厦门市的民政局".unicodeScalars)
        #expect(finder.nameEnd(in: text, from: 0, end: text.count, placeEnd: 3) == nil)
        let plain = Array("广州市从化区城市管理局".unicodeScalars)
        #expect(finder.nameEnd(in: plain, from: 0, end: plain.count) == nil, "without the place, 从 ends the scan")
        #expect(finder.nameEnd(in: plain, from: 0, end: plain.count, placeEnd: 6) == plain.count)
        let suffixAtPlace = Array("天津市和平区政府".unicodeScalars)
        #expect(finder.nameEnd(in: suffixAtPlace, from: 0, end: suffixAtPlace.count, placeEnd: 6) == suffixAtPlace.count)
    }

    /// The site's name that writes the same body with its prefecture before it is the fuller name; a site of
    /// another body, or one with more than places before the name, is not.
    @Test func siteNameGivesTheFullerName() throws {
        /// Runs the extractor with a page whose site name is `site`.
        func run(title: String, site: String) throws -> DocumentMetadata {
            let text = "我区推进政务公开。"
            let doc = NormalizedDocument(docID: "t", source: "t", sha256: "", encoding: "utf-8",
                                         page: PageMetadata(siteName: site), title: title, text: text,
                                         removed: [], diagnostics: [])
            var diagnostics: [Diagnostic] = []
            return try MetadataExtractor.bundled().extract(doc, sections: SectionParser.bundled().parse(text),
                                                           diagnostics: &diagnostics)
        }
        let title = "樊城区人民政府2023年政府信息公开工作年度报告"
        #expect(try run(title: title, site: "襄阳市樊城区人民政府").agency == "襄阳市樊城区人民政府")
        #expect(try run(title: title, site: "襄阳市人民政府").agency == "樊城区人民政府", "another body's site")
        #expect(try run(title: title, site: "樊城新闻网樊城区人民政府").agency == "樊城区人民政府")
    }
}
