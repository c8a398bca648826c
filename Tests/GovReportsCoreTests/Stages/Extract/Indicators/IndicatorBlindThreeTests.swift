import Foundation
import Testing
@testable import GovReportsCore

/// Blind round three for the codebook: 30 own sentences written before reading the triggers, with wordings the
/// earlier sets lack (differences written with a verb between 多/少 and the number, the measure's noun in the clause
/// before, 可网上办理 beside 办理, Chinese numerals, 万 magnitudes), and sentences that must give nothing. Scored as
/// `IndicatorBlindTests` is; a sentence known to fail on main runs under `withKnownIssue`.
@Suite struct IndicatorBlindThreeTests {
    /// The sentences.
    static let cases: [IndicatorBlindTests.Case] = [
        .init("县政府全年印发行政规范性文件15件。", ["normative_docs_issued=15"]),
        .init("向县人大常委会报备规范性文件9件。", ["normative_docs_filed=9"]),
        .init("开展规范性文件专项清理,共清理文件一百零二件。", ["normative_docs_cleaned=102"]),
        .init("全年办理行政许可申请1.8万件。", ["licensing_handled=18000"]),
        .init("全年共收到行政复议申请186件,比上年增加12件。", ["reconsideration_cases=186"]),
        .init("全年发生行政应诉案件47件。", ["litigation_cases=47"]),
        .init("全年作出行政处罚决定2,345件,比上年少作出210件。", ["penalty_cases=2345"]),
        .init("全年共举办新闻发布会12场。", ["press_conferences=12"]),
        .init("全年主动公开政府信息1.2万条。", ["info_disclosed=12000"]),
        .init("全年共受理政府信息公开申请98件。", ["info_requests=98"]),
        .init("组织行政执法人员培训3期,培训人员共计650人。", ["trainees=650"], may: ["study_sessions=3", "publicity_events=3"]),
        .init("群众对法治政府建设的满意度达到95.6%。", ["satisfaction_rate=95.6"]),
        .init("全市各级行政机关共聘请法律顾问312名。", ["legal_advisers=312"]),
        .init("法律援助中心全年办理法律援助案件1,025件。", ["legal_aid_cases=1025"]),
        .init("深入推进法律援助工作,全年共办理案件860件。", ["legal_aid_cases=860"]),
        .init("全市依申请政务服务事项可网上办理的达到2,106项。", ["service_items=2106"]),
        .init("全年新成立登记社会组织26家。", ["orgs_registered=26"]),
        .init("全年调解各类矛盾纠纷3,456件。", ["disputes_resolved=3456"]),
        .init("全县持有行政执法证件人员共计1,120人。", ["enforcement_staff=1120"]),
        .init("全市共有公职律师156名。", ["public_lawyers=156"]),
        .init("全年作出重大行政决策事项11项,均经合法性审查。", ["major_decisions=11"]),
        .init("县政府常务会议全年学法12次。", ["study_sessions=12"]),
        .init("发放宣传资料1.5万份。", ["publicity_materials=15000"]),
        // Sentences that must give nothing.
        .init("召开新闻发布会次数比上年少了3场。"),
        .init("比上年多召开新闻发布会5场。"),
        .init("新闻发布会召开次数同比增长20%。"),
        .init("力争明年行政复议案件办结率达到100%。"),
        .init("2024年3月15日召开全县法治政府建设推进会。"),
        .init("依据《行政复议法》第十四条,申请人可在60日内提出行政复议申请。"),
        .init("行政执法人员占在编人员的比例为35%。"),
    ]

    /// Sentences failing, with the failure class. Measured on main 1b4907b (30 sentences: 27 right): a wrong value
    /// (比上年多召开新闻发布会5场 → press_conferences=5: a difference with a verb between 多 and the number) and two
    /// misses (可网上办理 tripped the exclusion 办理; 法律援助 in the clause before); all three fixed.
    static let known: [String: String] = [:]

    /// Every `must` instance is found and nothing outside `must` and `may` is.
    @Test(arguments: cases) func sentence(_ c: IndicatorBlindTests.Case) throws {
        try IndicatorBlindTests.expect(c, knownWhy: Self.known[c.base.text])
    }
}
