import Foundation
import Testing
@testable import GovReportsCore

/// A second, blind set of indicator sentences: written without reading the codebook's triggers, in wordings a
/// report uses for each indicator's measure (审核 for 审查, 依申请公开, 参训人数, numbers before the noun), plus
/// sentences that must give nothing (rates, changes, goals, stocks of other things, dates). Scored as
/// `IndicatorGeneralizationTests` is; a sentence whose failure is known runs under `withKnownIssue`, so a fix shows.
@Suite struct IndicatorBlindTests {
    /// One sentence, what it must and may yield, and why it fails when it is known to.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The sentence and its expectations.
        let base: IndicatorGeneralizationTests.Case
        /// The failure class, when the sentence is known to fail on main.
        let known: String?
        /// A short label for the test report.
        var testDescription: String { base.testDescription }

        /// A case.
        init(_ text: String, _ must: [String] = [], may: [String] = [], known: String? = nil) {
            base = IndicatorGeneralizationTests.Case(text, must, may: may)
            self.known = known
        }
    }

    /// The sentences.
    static let cases: [Case] = [
        Case("本年度以县政府名义制发行政规范性文件11件，均经合法性审核。", ["normative_docs_issued=11"]),
        Case("报送市政府备案的规范性文件7件，备案率、及时率均为100%。", ["normative_docs_filed=7"]),
        Case("全年清理规范性文件共计73件。", ["normative_docs_cleaned=73"]),
        Case("政务服务中心全年受理行政许可事项办件4.6万件。", ["licensing_handled=46000"]),
        Case("本级保留实施的行政许可事项共计98项。", ["licensing_items=98"]),
        Case("经调整后，县级权责清单共有权力事项3214项。", ["power_list_items=3214"]),
        Case("县政府全年新收行政复议申请62件，其中不予受理4件。", ["reconsideration_cases=62"]),
        Case("全年以县政府为被告的行政诉讼案件共26件，一审胜诉率92.3%。", ["litigation_cases=26"]),
        Case("市场监管部门共办结行政处罚案件541件，罚没金额312万元。", ["penalty_cases=541"]),
        Case("综合执法队全年立案查处违法建设等案件197起。", ["enforcement_cases=197"]),
        Case("目前全县取得行政执法证件的人员共1043名。", ["enforcement_staff=1043"]),
        Case("全年排查化解各类矛盾纠纷2316起，化解率98.7%。", ["disputes_resolved=2316"]),
        Case("通过政府门户网站主动公开各类信息4128条。", ["info_disclosed=4128"]),
        Case("本年度共收到依申请公开事项57件，按时答复率100%。", ["info_requests=57"]),
        Case("全年组织召开新闻发布会14次，发布权威信息。", ["press_conferences=14"]),
        Case("全年组织开展“法律进社区”普法宣传活动42场。", ["publicity_events=42"]),
        Case("现场发放法治宣传折页、手册等8600余份。", ["publicity_materials=8600"]),
        Case("县政府常务会议会前学法9次。", ["study_sessions=9"]),
        Case("组织新任职领导干部法律知识培训，参训人数共计236人。", ["trainees=236"]),
        Case("本年度依法登记成立社会组织17家。", ["orgs_registered=17"]),
        Case("对长期不开展活动的14家社会组织依法予以注销。", ["orgs_deregistered=14"]),
        Case("委托第三方对45家社会组织开展等级评估。", ["orgs_inspected=45"]),
        Case("第三方测评显示，企业群众对政务服务的满意率为97.3%。", ["satisfaction_rate=97.3"]),
        Case("司法局全年办理合法性审核事项134件。", ["legality_reviews=134"]),
        Case("本年度纳入目录管理的重大行政决策事项共4项。", ["major_decisions=4"]),
        Case("县政府及各部门共聘请法律顾问48名。", ["legal_advisers=48"]),
        Case("全县已设立公职律师37人，覆盖所有县直部门。", ["public_lawyers=37"]),
        Case("法律援助中心全年受理援助案件724件。", ["legal_aid_cases=724"]),
        // Fixed in bq3 (the exclusion 办理 spares 可网上办理), as the two known issues at the end are.
        Case("全县可网上办理的政务服务事项达1892项。", ["service_items=1892"]),
        Case("全年共办理行政复议案件38件、行政应诉案件21件。", ["reconsideration_cases=38", "litigation_cases=21"]),
        Case("培训人数由上年的380人增加到520人。", ["trainees=520"]),
        // Sentences that must give nothing.
        Case("行政复议案件纠错率为8.5%。"),
        Case("召开新闻发布会的次数比上年多3次。"),
        Case("力争2024年新登记社会组织不少于20家。"),
        Case("全县共有乡镇（街道）司法所15个。"),
        Case("本年度行政诉讼案件数与上年持平。"),
        Case("参加培训的干部人均学时达到40学时。"),
        Case("全区共建成村（社区）法律服务室186个。"),
        Case("政务服务事项网上可办率达到95%以上。"),
        Case("执法人员年度考核优秀率达20%。"),
        Case("2023年11月9日召开全区普法工作推进会。"),
        Case("行政处罚决定书在7个工作日内公示。"),
        Case("满意度调查共回收有效问卷3500份。"),
        Case("办理政府信息公开申请同比增长15%。"),
        // Round 2, written after the first fixes.
        Case("本年度共受理行政复议申请二十三件。", ["reconsideration_cases=23"]),
        Case("全年办理政府信息公开申请86件，较上年增加11件。", ["info_requests=86"]),
        Case("全市行政机关共作出行政处罚决定3.2万件。", ["penalty_cases=32000"]),
        Case("新聘任政府法律顾问6名，现有法律顾问共21名。", ["legal_advisers=21"], may: ["legal_advisers=6"]),
        Case("对全县312家社会组织开展年报抽查。", ["orgs_inspected=312"]),
        Case("共注销社会组织11家、撤销登记3家。", ["orgs_deregistered=11", "orgs_deregistered=3"]),
        Case("开展“法律明白人”培训班4期，培训480人次。", ["trainees=480"], may: ["study_sessions=4", "publicity_events=4"]),
        Case("2023年共召开新闻发布会7场，比上年少2场。", ["press_conferences=7"]),
        Case("全年共发放各类普法资料2.6万份，悬挂横幅120条。", ["publicity_materials=26000"]),
        Case("政务服务中心共进驻事项1205项。", ["service_items=1205"]),
        Case("全县行政执法人员共计877人，其中持证586人。", may: ["enforcement_staff=877", "enforcement_staff=586"]),
        Case("调解矛盾纠纷成功率达98%。"),
        Case("区长出庭应诉3次。"),
        Case("全年清理涉及营商环境的规范性文件41件，废止5件。", ["normative_docs_cleaned=41"]),
        Case("主动公开政府信息共计5,832条，依申请公开12件。", ["info_disclosed=5832"], may: ["info_requests=12"]),
        Case("向社会公开权责清单事项1562项。", ["power_list_items=1562"]),
        Case("行政复议决定书100%网上公开。"),
        Case("本年度未发生以本机关为被告的行政诉讼案件。"),
        Case("比上年少召开新闻发布会2场。"),
        Case("累计为群众提供法律援助咨询5600人次，办理援助案件318件。", ["legal_aid_cases=318"]),
    ]

    /// Every `must` instance is found and nothing outside `must` and `may` is.
    @Test(arguments: cases) func sentence(_ c: Case) throws { try Self.expect(c, knownWhy: c.known) }

    /// Checks one case of any blind round: every `must` instance found, nothing outside `must` and `may`; under a
    /// known issue when `knownWhy` names the sentence's failure class.
    static func expect(_ c: Case, knownWhy: String?) throws {
        let found = try IndicatorGeneralizationTests.found(c.base.text)
        let check = {
            #expect(c.base.must.subtracting(found).isEmpty, "missed \(c.base.must.subtracting(found).sorted()) in \(c.base.text)")
            let wrong = found.subtracting(c.base.must).subtracting(c.base.may)
            #expect(wrong.isEmpty, "wrong \(wrong.sorted()) in \(c.base.text)")
        }
        if let why = knownWhy { withKnownIssue(Comment(rawValue: why)) { check() } } else { check() }
    }
}
