import Foundation
import Testing
@testable import GovReportsCore

/// Blind round nine for the codebook: 28 own sentences written before the matcher was run on them. They aim at the
/// ids earlier rounds touched least (licensing items and cases, legality reviews, major decisions, public lawyers, power
/// lists, clean-ups, inspections of social organizations, service items), two indicators in one clause, totals with a
/// 其中 list of several parts, counts stated before their noun (全年对28件规范性文件…), and sentences that must give
/// nothing: plans, targets, estimates, changes and last year's figures. Scored as `IndicatorBlindTests` is; a sentence
/// known to fail runs under `withKnownIssue`.
@Suite struct IndicatorBlindNineTests {
    /// The sentences.
    static let cases: [IndicatorBlindTests.Case] = [
        // The least-tested ids.
        .init("本级共保留行政审批事项214项,全部纳入清单管理。", ["licensing_items=214"]),
        .init("全年办理行政许可事项1.2万件,按时办结率100%。", ["licensing_handled=12000"]),
        .init("审查各类合同协议共计45份。", ["legality_reviews=45"]),
        .init("司法局出具合法性审查意见62份。", ["legality_reviews=62"]),
        .init("全年作出重大行政决策5项,均履行公众参与、专家论证等法定程序。", ["major_decisions=5"]),
        .init("全县共有公职律师23名,其中今年新增7名。", ["public_lawyers=23"], may: ["public_lawyers=7"]),
        .init("动态调整权责清单,调整后共保留职权事项2,865项。", ["power_list_items=2865"]),
        .init("共清理规范性文件96件,其中废止12件、修改8件。", ["normative_docs_cleaned=96"]),
        .init("进驻政务服务中心的事项共计1,402项,其中即办件620项。", ["service_items=1402"]),
        .init("全年依法注销23家社会团体。", ["orgs_deregistered=23"]),
        // Two indicators in one clause.
        .init("办理行政许可1,530件、行政处罚案件86件。", ["licensing_handled=1530", "penalty_cases=86"]),
        .init("法律援助中心受理法律援助案件312件、提供法律咨询2,600人次。", ["legal_aid_cases=312"]),
        .init("共聘请法律顾问15名、公职律师9名。", ["legal_advisers=15", "public_lawyers=9"]),
        .init("对全市126家社会组织开展年检,对15家基金会开展专项审计。", ["orgs_inspected=126", "orgs_inspected=15"]),
        // Totals with a 其中 list of several parts.
        .init("全年收到政府信息公开申请215件,其中自然人申请180件、法人或其他组织申请35件。", ["info_requests=215"],
              may: ["info_requests=180", "info_requests=35"]),
        .init("抽查社会组织58家,其中行业协会商会21家、民办非企业单位30家。", ["orgs_inspected=58"]),
        // Counts stated before their noun.
        .init("全年对28件规范性文件进行合法性审核。", ["legality_reviews=28"]),
        .init("共12项重大行政决策事项纳入年度目录管理。", ["major_decisions=12"]),
        .init("全年共办理17件行政复议案件。", ["reconsideration_cases=17"]),
        .init("推动1,050项政务服务事项实现网上办理。", ["service_items=1050"]),
        // Sentences that must give nothing: plans, targets, estimates, changes, last year's figures.
        .init("全年受理行政复议申请42件,上年为36件。", ["reconsideration_cases=42"]),
        .init("力争全年办理行政许可事项达到1.5万件。"),
        .init("计划年内清理规范性文件50件。"),
        .init("公职律师人数比上年增加5名。"),
        .init("“十四五”期间拟作出重大行政决策10项。"),
        .init("预计全年新登记社会组织30家。"),
        .init("上年度,本机关共收到政府信息公开申请88件。"),
        .init("全县政务服务事项可网上办理率达98%。"),
    ]

    /// Sentences failing on main 1b1691f (first run: 24/28 sentences right, three wrong values), with the class. Fixed
    /// in bq9: 拟 and 预计 are goal words (`change.json`); a previous-period word opening the sentence as its time or
    /// the number's clause dates the figure (`IndicatorMatcher+PreviousPeriod`).
    static let known: [String: String] = [
        "推动1,050项政务服务事项实现网上办理。": "missed: the exclusion 办理 after the items (实现网上办理) describes them, not a count of handled cases",
    ]

    /// Written after the fixes, varying what each depends on, with sentences where they must not fire.
    static let afterFix: [IndicatorBlindTests.Case] = [
        // 拟 and 预计 make a goal for their clause only; 拟 inside a word of its own (模拟, 草拟, 拟定) makes none.
        .init("全年拟出台规范性文件8件,实际制发规范性文件6件。", ["normative_docs_issued=6"]),
        .init("预计年内可完成清理规范性文件40件。"),
        .init("举办模拟法庭普法活动12场。", ["publicity_events=12"]),
        .init("草拟并印发规范性文件5件。", ["normative_docs_issued=5"]),
        .init("拟定并制发规范性文件4件。", ["normative_docs_issued=4"]),
        // A previous-period word opening the sentence as its time, or the number's own clause, dates the figure.
        .init("全年受理行政复议申请42件,上年受理36件。", ["reconsideration_cases=42"]),
        .init("本年度共收到政府信息公开申请96件,上年度为80件。", ["info_requests=96"]),
        .init("去年全年共办理行政处罚案件300件。"),
        .init("上年末全县共有公职律师20名。"),
        .init("去年同期,全县受理行政复议申请31件。"),
        // Not a date: this period's stock carried over, a span reaching into this year, a comparison.
        .init("本年度收到政府信息公开申请120件,上年结转5件。", ["info_requests=120"], may: ["info_requests=5"]),
        .init("去年以来,共受理行政复议申请50件。", ["reconsideration_cases=50"]),
        .init("全年受理行政复议申请58件,比上年增加6件。", ["reconsideration_cases=58"]),
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
