import Foundation
import Testing
@testable import GovReportsCore

/// Blind round five for the codebook: 26 own sentences written before the matcher was run on them, with wordings the
/// earlier sets lack (Chinese-numeral thousands, 余 and 万 figures, bracketed notes before the figure, 场次, a second
/// measure in the same sentence) and sentences that must give nothing (a change, a difference, a document number, an
/// ordinal batch, a goal). Scored as `IndicatorBlindTests` is; a sentence known to fail runs under `withKnownIssue`.
@Suite struct IndicatorBlindFiveTests {
    /// The sentences.
    static let cases: [IndicatorBlindTests.Case] = [
        .init("本年度县政府共制定出台行政规范性文件八件。", ["normative_docs_issued=8"]),
        .init("全年报送备案规范性文件共计14件。", ["normative_docs_filed=14"]),
        .init("全年受理行政复议申请两百一十五件。", ["reconsideration_cases=215"]),
        .init("全年以区政府为被申请人的行政复议案件共计36件。", ["reconsideration_cases=36"]),
        .init("全年办结行政诉讼案件58件,败诉3件。", ["litigation_cases=58"], may: ["litigation_cases=3"]),
        .init("全年查处行政处罚案件一千二百余件。", ["penalty_cases=1200"]),
        .init("全年举办政策解读新闻发布会17场次。", ["press_conferences=17"]),
        .init("全年通过政府网站主动公开各类信息3.6万余条。", ["info_disclosed=36000"]),
        .init("本年度收到信息公开申请(含上年结转)142件。", ["info_requests=142"]),
        .init("共聘请法律顾问(含公职律师)45名。", ["legal_advisers=45"], may: ["public_lawyers=45"]),
        .init("全年成功调解民间纠纷2.1万件,调解成功率98.5%。", ["disputes_resolved=21000"]),
        .init("全年组织领导干部学法活动6次。", ["study_sessions=6"]),
        .init("全年开展普法宣传活动320场。", ["publicity_events=320"]),
        .init("印发普法宣传册、折页等资料3万余份。", ["publicity_materials=30000"]),
        .init("培训行政执法人员2,380人次。", ["trainees=2380"]),
        .init("全年登记成立社会组织十五家,注销登记8家。", ["orgs_registered=15", "orgs_deregistered=8"]),
        .init("开展合法性审查154件。", ["legality_reviews=154"]),
        .init("全年法律援助机构共受理援助案件2,046件。", ["legal_aid_cases=2046"]),
        .init("全县在岗行政执法人员1,532名。", ["enforcement_staff=1532"]),
        .init("全年共办理行政执法案件4,218件。", ["enforcement_cases=4218"]),
        .init("群众对政务服务的满意率达到97.3%。", ["satisfaction_rate=97.3"]),
        // Sentences that must give nothing.
        .init("行政复议案件数量同比下降12%。"),
        .init("比上年多受理行政复议申请15件。"),
        .init("〔2024〕3号文件印发后,规范性文件管理更加规范。"),
        .init("第二批普法宣传活动于5月启动。"),
        .init("力争年内培训执法人员3000人次。"),
    ]

    /// Sentences failing, with the failure class. Measured on main ad964b2 (26 sentences: 22 right): one wrong value
    /// (查处行政处罚案件一千二百余件 → enforcement_cases, not penalty_cases) and three misses (场次 after 新闻发布会; a
    /// bracketed note between the measure and its figure, twice).
    /// All four fixed in bq5: 场次 joined the units of press_conferences; a bracketed inclusion
    /// note (`InclusionNote`) hides its words from the matcher; a pattern's distance is that of its farthest group, so
    /// 查处+案件 no longer beats the 处罚 nearer the number.
    static let known: [String: String] = [:]

    /// Written after the fixes, to check they do not overreach: a note after the figure, a bracket that is no
    /// inclusion note (its words still count), a trigger only inside a note, 场次 for press conferences but not study sessions, and 查处 cases
    /// that are enforcement cases.
    static let afterFix: [IndicatorBlindTests.Case] = [
        .init("全年办理信息公开申请150件(含上年结转12件)。", ["info_requests=150"]),
        .init("向市政府报备规范性文件(含部门文件)9件。", ["normative_docs_filed=9"]),
        .init("信息公开申请(上年结转)5件。"),
        .init("全年聘请顾问(含法律顾问)12名。"),
        .init("召开新闻发布会8场次。", ["press_conferences=8"]),
        // 法治讲座15场次 is a publicity event (the blind report e07's gold), not a study session. It gave nothing here
        // until bq8 carried out the owner's convention: a legal lecture with no official or study audience named
        // (领导干部, 干部职工, 中心组, 学法 …) is publicity_events, with one it is study_sessions.
        .init("全镇开展法治讲座15场次。", ["publicity_events=15"]),
        .init("全年立案查处违法案件320件。", ["enforcement_cases=320"]),
        .init("依法查处违法案件56件,作出行政处罚决定48件。", ["enforcement_cases=56", "penalty_cases=48"]),
    ]

    /// The after-fix sentences, scored as the blind ones.
    @Test(arguments: afterFix) func afterFixSentence(_ c: IndicatorBlindTests.Case) throws {
        try IndicatorBlindTests.expect(c, knownWhy: nil)
    }

    /// Every `must` instance is found and nothing outside `must` and `may` is.
    @Test(arguments: cases) func sentence(_ c: IndicatorBlindTests.Case) throws {
        try IndicatorBlindTests.expect(c, knownWhy: Self.known[c.base.text])
    }
}
