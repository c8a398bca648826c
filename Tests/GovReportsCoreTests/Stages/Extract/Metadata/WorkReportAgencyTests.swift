import Testing
@testable import GovReportsCore

/// The government a work report (政府工作报告) speaks for, from the blind whole-report and page sets: the 政府 of
/// the report kind is no agency, a relative `市人民政府` at a county-level city's congress is that city's, and a
/// county completed from the text keeps the city the text writes it with; a government's report its office signs
/// is the government's.
@Suite struct WorkReportAgencyTests {
    /// Runs the extractor (see `extractMetadata`).
    private func run(_ text: String, title: String?) throws -> DocumentMetadata { try extractMetadata(text, title: title) }

    /// `浏阳市政府工作报告` names the kind; the speaker is the county-level city's government, not 长沙市's.
    @Test func kindWordIsNoAgency() throws {
        let text = "2024年浏阳市政府工作报告\n——2024年1月8日在浏阳市第十七届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
        let meta = try run(text, title: "2024年浏阳市政府工作报告")
        #expect(meta.agency == "浏阳市人民政府")
        #expect(meta.divisionCode == "430181")
    }

    /// Another county-level city, and a title without the year: the same reading.
    @Test func countyLevelCityWithoutYear() throws {
        let text = "义乌市政府工作报告\n——2025年1月6日在义乌市第十七届人民代表大会第五次会议上\n各位代表：\n我代表市人民政府，向大会作报告。\n"
        let meta = try run(text, title: "义乌市政府工作报告")
        #expect(meta.agency == "义乌市人民政府")
        #expect(meta.divisionCode == "330782")
    }

    /// A district's report: the session line writes the city before the district, and the agency keeps it.
    @Test func districtKeepsItsCity() throws {
        let text = "政府工作报告\n——2025年1月14日在嘉兴市南湖区第九届人民代表大会第五次会议上\n各位代表：\n现在，我代表区人民政府向大会作报告。\n"
        let meta = try run(text, title: "政府工作报告")
        #expect(meta.agency == "嘉兴市南湖区人民政府")
        #expect(meta.divisionCode == "330402")
    }

    /// A government's report signed by its general office is the government's; the office's own report stays its own.
    @Test func officeSignsGovernmentReport() throws {
        let body = "根据《中华人民共和国政府信息公开条例》，特向社会公布本报告。\n遵义市汇川区人民政府办公室\n2024年1月26日\n"
        let government = try run(body, title: "遵义市汇川区人民政府2023年政府信息公开工作年度报告")
        #expect(government.agency == "遵义市汇川区人民政府")
        let office = try run(body, title: "遵义市汇川区人民政府办公室2023年政府信息公开工作年度报告")
        #expect(office.agency == "遵义市汇川区人民政府办公室")
        let department = try run("本局依法公开信息。\n遵义市汇川区民政局\n2024年1月26日\n", title: "遵义市汇川区人民政府2023年政府信息公开工作年度报告")
        #expect(department.agency == "遵义市汇川区民政局")
    }

    /// A department named by its full title is untouched by the kind rule (`…人民政府办公室` is no work report).
    @Test func departmentTitleUntouched() throws {
        let meta = try run("我办推进政务公开。", title: "浏阳市人民政府办公室2023年政府信息公开工作年度报告")
        #expect(meta.agency == "浏阳市人民政府办公室")
    }
}
