import Testing
@testable import GovReportsCore

/// Title, page-title and subject variants seen on real sites.
@Suite("MetadataExtractorVariants")
struct MetadataExtractorVariantTests {
    /// Runs the extractor on a text with the given page fields (see `extractMetadata`).
    private func run(_ text: String, title: String? = nil, articleTitle: String? = nil) throws -> DocumentMetadata {
        try extractMetadata(text, title: title, articleTitle: articleTitle)
    }

    /// A title that opens with the year still names the agency.
    @Test func yearFirstTitle() throws {
        let meta = try run("我局推进法治建设。", title: "2022年度厦门市海沧区民政局法治政府建设工作报告")
        #expect(meta.agency == "厦门市海沧区民政局")
        #expect(meta.divisionCode == "350205")
        #expect(meta.reportYear == 2022)
    }

    /// A title naming a place but no agency still gives the region.
    @Test func placeOnlyTitle() throws {
        let meta = try run("全区推进法治建设。", title: "海沧区2022年法治政府建设年度报告")
        #expect(meta.agency == nil)
        #expect(meta.divisionCode == "350205")
    }

    /// The HTML article title stands in for a missing title line, but is not passed through as the title.
    @Test func articleTitleFallback() throws {
        let meta = try run("我局推进法治建设。", articleTitle: "江山市民政局2021年法治政府建设年度报告")
        #expect(meta.title == nil)
        #expect(meta.agency == "江山市民政局")
        #expect(meta.divisionCode == "330881")
        #expect(meta.reportYear == 2021)
    }

    /// Two bodies named together (`区委区政府`) are not the subject.
    @Test func compoundSubjectIgnored() throws {
        let meta = try run("区委区政府高度重视法治建设。")
        #expect(meta.agency == nil)
    }

    /// `…市场` is a market, not a city named `…市`.
    @Test func marketIsNotCity() throws {
        let meta = try run("市民政局规范合作市场秩序,规范合作市场管理。")
        #expect(meta.city == nil)
        #expect(meta.divisionCode == nil)
    }

    /// A salutation line before the opening paragraph does not hide the year.
    @Test func salutationThenYear() throws {
        let meta = try run("区委、区政府:\n2022年以来,我局坚持依法行政。")
        #expect(meta.reportYear == 2022)
    }

    /// Divisions created after 2015 resolve, and so do abolished ones named in older reports.
    @Test func newAndAbolishedDivisions() throws {
        #expect(try run("2022年,我局推进法治建设。\n深圳市龙华区民政局\n2023年1月5日").divisionCode == "440309")
        let old = try run("2016年,我局推进法治建设。\n长乐市民政局\n2017年1月5日")
        #expect(old.divisionCode == "350182")
        #expect(old.city == "福州市")
    }

    /// A salutation naming the recipient (`市民政局:`) is not the issuing agency.
    @Test func recipientIsNotAgency() throws {
        #expect(try run("市民政局:\n2022年,我局推进法治建设。").agency == nil)
    }

    /// A year after the signing date is a plan year, not the report year.
    @Test func futureYearIsNotReportYear() throws {
        let meta = try run("2023年,我们将继续推进法治建设。\n一、2022年工作回顾\n办理10件。\n海沧区民政局\n2022年12月20日")
        #expect(meta.reportYear == 2022)
    }

    /// A relative agency keeps its own level when only the province is known.
    @Test func relativeLevelWithProvinceOnly() throws {
        let meta = try run("2022年,区民政局按照《广东省行政执法公示办法》推进法治建设。")
        #expect(meta.adminLevel == .county)
        #expect(meta.divisionCode == "440000")
    }

    /// A district government report with the usual four parts.
    @Test func districtGovernmentReport() throws {
        let text = """
        2021年,朝阳区坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政。
        一、2021年推进法治政府建设的主要举措和成效
        (一)坚持党的领导。
        二、存在的不足和原因
        三、2022年推进法治政府建设的主要安排
        北京市朝阳区人民政府
        2022年3月28日
        """
        let meta = try run(text, title: "北京市朝阳区人民政府关于2021年法治政府建设情况的报告")
        #expect(meta.agency == "北京市朝阳区人民政府")
        #expect(meta.divisionCode == "110105")
        #expect(meta.province == "北京市")
        #expect(meta.city == "北京市")
        #expect(meta.reportYear == 2021)
        #expect(meta.signed == "2022-03-28")
    }

    /// Bodies of vertical systems and party committees carry their place inside the name.
    @Test func placeInsideName() throws {
        let tax = try run("2022年,我局推进依法治税。\n国家税务总局深圳市税务局\n2023年2月1日")
        #expect(tax.agency == "国家税务总局深圳市税务局")
        #expect(tax.divisionCode == "440300")
        #expect(tax.adminLevel == .prefecture)
        let party = try run("2022年,我办推进法治建设。", title: "中共厦门市海沧区委全面依法治区委员会办公室2022年工作总结")
        #expect(party.divisionCode == "350205")
    }

    /// Provincial departments, general offices and sub-district offices.
    @Test func agencySuffixes() throws {
        let dept = try run("2022年,省民政厅推进法治建设。", title: "浙江省民政厅2022年法治政府建设年度报告")
        #expect(dept.agency == "浙江省民政厅")
        #expect(dept.divisionCode == "330000")
        #expect(dept.adminLevel == .province)
        let office = try run("我厅推进法治建设。\n浙江省人民政府办公厅\n2023年1月20日")
        #expect(office.agency == "浙江省人民政府办公厅")
        let street = try run("我处推进法治建设。\n福州市鼓楼区东街街道办事处\n2023年1月20日")
        #expect(street.agency == "福州市鼓楼区东街街道办事处")
        #expect(street.divisionCode == "350102")
    }

    /// A provincial body is not placed in the cities its report names.
    @Test func provincialBodyStaysProvincial() throws {
        let meta = try run("2022年,省民政厅推进法治建设。指导杭州市、宁波市开展试点,杭州市成效明显,杭州市获表彰。\n浙江省行政执法公示")
        #expect(meta.divisionCode == "330000")
        #expect(meta.city == nil)
        #expect(meta.agency == "浙江省民政厅")
    }
}
