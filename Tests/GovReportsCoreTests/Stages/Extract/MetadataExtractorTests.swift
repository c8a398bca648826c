import Testing
@testable import GovReportsCore

/// Agency, region, year and signature rules on small made-up reports.
@Suite("MetadataExtractor")
struct MetadataExtractorTests {
    /// Runs the extractor on a text with an optional title and page fields.
    private func run(_ text: String, title: String? = nil, published: String? = nil, source: String? = nil)
        throws -> (DocumentMetadata, [Diagnostic]) {
        let doc = NormalizedDocument(docID: "t", source: "t", sha256: "", encoding: "utf-8",
                                     page: PageMetadata(published: published, sourceLabel: source),
                                     title: title, text: text, removed: [], diagnostics: [])
        var diagnostics: [Diagnostic] = []
        let sections = try SectionParser.bundled().parse(text)
        let meta = try MetadataExtractor.bundled().extract(doc, sections: sections, diagnostics: &diagnostics)
        return (meta, diagnostics)
    }

    /// A bare homonym is never guessed: no code, and a warning names every candidate.
    @Test func bareHomonymIsLeftEmptyWithCandidates() throws {
        let (meta, warnings) = try run("2022年,我局认真推进依法行政工作。\n一、主要举措和成效\n全年办理事项10件。\n鼓楼区民政局\n2023年1月10日")
        #expect(meta.agency == "鼓楼区民政局")
        #expect(meta.divisionCode == nil)
        #expect(meta.city == nil)
        #expect(meta.province == nil)
        #expect(meta.county == "鼓楼区")
        let warning = try #require(warnings.first { $0.message.contains("鼓楼区") })
        #expect(warning.code == .regionAmbiguous && warning.stage == .extract && warning.severity == .warning)
        for code in ["350102", "320106", "320302", "410204"] { #expect(warning.message.contains(code)) }
    }

    /// A homonym preceded by its city resolves.
    @Test func homonymWithCityResolves() throws {
        let (meta, _) = try run("2022年,我局推进法治建设。\n福州市鼓楼区民政局\n2023年1月10日")
        #expect(meta.divisionCode == "350102")
        #expect(meta.city == "福州市")
        #expect(meta.province == "福建省")
        #expect(meta.county == "鼓楼区")
        #expect(meta.adminLevel == .county)
    }

    /// A homonym is settled by the city named elsewhere in the text.
    @Test func homonymResolvedByContext() throws {
        let (meta, _) = try run("2022年,我局贯彻落实南京市委部署,推进法治建设。\n鼓楼区民政局\n2023年1月10日")
        #expect(meta.divisionCode == "320106")
        #expect(meta.city == "南京市")
    }

    /// Municipal districts: province and city are both the municipality.
    @Test func municipalityDistrict() throws {
        let (meta, _) = try run("现将我局2019年度法治政府建设情况报告如下。", title: "重庆市黔江区民政局关于2019年度法治政府建设情况的报告")
        #expect(meta.agency == "重庆市黔江区民政局")
        #expect(meta.divisionCode == "500114")
        #expect(meta.province == "重庆市")
        #expect(meta.city == "重庆市")
        #expect(meta.county == "黔江区")
        #expect(meta.reportYear == 2019)
    }

    /// A municipality's own agency is province level.
    @Test func municipalityAgency() throws {
        let (meta, _) = try run("2021年,市民政局推进法治建设。", title: "重庆市民政局2021年法治政府建设年度报告")
        #expect(meta.divisionCode == "500000")
        #expect(meta.province == "重庆市")
        #expect(meta.city == "重庆市")
        #expect(meta.county == nil)
        #expect(meta.adminLevel == .province)
    }

    /// County-level cities carry their prefecture.
    @Test func countyLevelCity() throws {
        let (meta, _) = try run("2022年,我局推进依法行政。\n江山市民政局\n2023年3月1日")
        #expect(meta.divisionCode == "330881")
        #expect(meta.city == "衢州市")
        #expect(meta.province == "浙江省")
        #expect(meta.county == "江山市")
    }

    /// A report signed in Q1 without a stated year is about the year before.
    @Test func firstQuarterSignatureGivesPreviousYear() throws {
        let (meta, warnings) = try run("我局认真贯彻落实上级部署,推进依法行政。\n一、主要举措和成效\n办理事项8件。\n海沧区民政局\n2023年2月21日")
        #expect(meta.signed == "2023-02-21")
        #expect(meta.reportYear == 2022)
        #expect(warnings.contains { $0.code == .yearInferred && $0.message.contains("signing date") })
    }

    /// Signed mid-year with no stated year: unknown, not guessed.
    @Test func midYearSignatureGivesNoYear() throws {
        let (meta, _) = try run("我局认真推进依法行政。\n海沧区民政局\n2023年6月21日")
        #expect(meta.reportYear == nil)
    }

    /// Chinese-numeral signing dates.
    @Test func chineseNumeralSignature() throws {
        let (meta, _) = try run("2022年,我局推进依法行政。\n厦门市海沧区民政局\n二〇二三年二月二十一日")
        #expect(meta.signed == "2023-02-21")
        #expect(meta.agency == "厦门市海沧区民政局")
        #expect(meta.reportYear == 2022)
    }

    /// Signature and date on one line.
    @Test func signatureAndDateOnOneLine() throws {
        let (meta, _) = try run("我局推进依法行政。\n深圳市龙岗区民政局 2018年11月29日")
        #expect(meta.signed == "2018-11-29")
        #expect(meta.divisionCode == "440307")
        #expect(meta.reportYear == 2018)
    }

    /// Anonymized years give no report year, even with a date at the end.
    @Test func anonymizedYear() throws {
        let (meta, warnings) = try run("20*年,我市依法行政工作取得成效。\n一、20*年主要工作及成效\n办理10件。\n二、20*年工作思路\n继续推进。")
        #expect(meta.reportYear == nil)
        #expect(warnings.contains { $0.code == .yearAnonymized && $0.message.contains("anonymized") })
    }

    /// Report year from the title, then from the opening paragraph, skipping dates.
    @Test func yearSources() throws {
        #expect(try run("我局推进工作。", title: "某区民政局2021年度法治政府建设工作报告").0.reportYear == 2021)
        #expect(try run("2023年3月5日,根据要求,现将我局2022年度工作报告如下。").0.reportYear == 2022)
        #expect(try run("我局推进工作。\n一、2018年工作回顾\n办理10件。\n二、2019年主要工作计划\n继续。").0.reportYear == 2018)
    }

    /// A relative name (`市民政局`) takes its city from repeated place names in the text.
    @Test func relativeAgencyWithInferredCity() throws {
        let text = "2022年,在市委、市政府的坚强领导下,市民政局推进法治建设。\n推进《常州市养老服务条例》立法调研。成立常州市民政服务机构安全委员会。"
        let (meta, _) = try run(text)
        #expect(meta.agency == "常州市民政局")
        #expect(meta.city == "常州市")
        #expect(meta.province == "江苏省")
        #expect(meta.divisionCode == "320400")
        #expect(meta.adminLevel == .prefecture)
    }

    /// A body mention in `…的指导下` is not the issuing agency.
    @Test func supervisingAgencyIsNotSubject() throws {
        let (meta, _) = try run("在区委区政府的正确领导和市民政局的指导下,我局推进依法行政。")
        #expect(meta.agency == nil)
    }

    /// One cited provincial regulation gives the province only, never a city mentioned once.
    @Test func singleMentionsGiveProvinceOnly() throws {
        let text = "2022年,区民政局推进法治建设,按照《广东省行政执法公示办法》要求公示,赴广州市学习。"
        let (meta, _) = try run(text)
        #expect(meta.province == "广东省")
        #expect(meta.city == nil)
        #expect(meta.divisionCode == "440000")
        #expect(meta.agency == "区民政局")
    }

    /// The `来源` label is used when nothing better names the agency.
    @Test func sourceLabelFallback() throws {
        let (meta, _) = try run("我局推进依法行政。", source: "区民政局")
        #expect(meta.agency == "区民政局")
    }

    /// National ministries get the national level.
    @Test func nationalAgency() throws {
        let (meta, _) = try run("2022年,民政部推进法治政府建设。", title: "民政部2022年法治政府建设年度报告")
        #expect(meta.agency == "民政部")
        #expect(meta.adminLevel == .national)
        #expect(meta.divisionCode == nil)
    }

    /// Title and publication date pass through.
    @Test func passThrough() throws {
        let (meta, _) = try run("正文。", title: "报告", published: "2023-02-22")
        #expect(meta.title == "报告")
        #expect(meta.published == "2023-02-22")
    }
}

/// The fuller written form of the same agency wins over a shortened signature.
@Suite struct AgencyFullNameTests {
    /// Title `福州市鼓楼区司法局…`, signature `鼓楼区司法局`: agency is the full name, code 350102.
    @Test func titleFullNameBeatsShortSignature() throws {
        let doc = NormalizedDocument(docID: "d", source: "d.txt", sha256: "x", encoding: "utf-8", page: PageMetadata(),
                                     title: "福州市鼓楼区司法局2023年度法治政府建设工作报告",
                                     text: "2023年,我局认真履行法治建设职责。\n鼓楼区司法局\n2024年1月15日", removed: [], diagnostics: [])
        var diagnostics: [Diagnostic] = []
        let m = try MetadataExtractor.bundled().extract(doc, sections: [], diagnostics: &diagnostics)
        #expect(m.agency == "福州市鼓楼区司法局")
        #expect(m.divisionCode == "350102")
        #expect(m.signed == "2024-01-15")
    }
}
