import Foundation
import Testing
@testable import GovReportsCore

/// Blind round eight for the codebook: 26 own sentences written before the matcher was run on them. They vary what
/// round seven's failures depend on: a clause of only a verb after a clause naming the measure (and such clauses whose
/// verb is an outcome, whose unit differs, or which stand in the next sentence), a 其中 sub-count after a total whose
/// sentence ends at ；, subject-less 被… clauses after a disclosure clause (and clauses with a subject of their own),
/// 讲座/宣讲 counted as events with and without an official audience, and sentences that must give nothing. Scored as
/// `IndicatorBlindTests` is; a sentence known to fail runs under `withKnownIssue`.
@Suite struct IndicatorBlindEightTests {
    /// The sentences.
    static let cases: [IndicatorBlindTests.Case] = [
        // A clause of only a verb after a clause naming the measure.
        .init("全年共收到行政复议申请38件,依法受理35件,审结33件。", ["reconsideration_cases=38", "reconsideration_cases=35"]),
        .init("本年度收到政府信息公开申请130件,受理126件。", ["info_requests=130", "info_requests=126"]),
        .init("县政府收到行政复议申请20件,受理率95%。", ["reconsideration_cases=20"]),
        .init("收到行政复议申请25件,驳回3件。", ["reconsideration_cases=25"]),
        .init("全年新收行政诉讼案件18件,审结15件。", ["litigation_cases=18"]),
        .init("全年收到行政复议申请30件。受理27件。", ["reconsideration_cases=30"]),
        // A 其中 sub-count after a total whose sentence ends at ；.
        .init("全年共办理行政处罚案件1,208件,同比增长4.5%；其中适用简易程序的405件。", ["penalty_cases=1208"]),
        .init("全年受理行政复议申请73件,较上年减少9件；其中不予受理6件。", ["reconsideration_cases=73"]),
        .init("全年作出行政处罚决定520件；其中罚款决定300件,罚没款45万元。", ["penalty_cases=520"]),
        .init("全年共发放普法资料3.5万份；其中宣传手册8000册。", ["publicity_materials=35000"], may: ["publicity_materials=8000"]),
        // Subject-less 被… clauses after a disclosure clause, and clauses with a subject of their own.
        .init("因政府信息公开工作被申请行政复议3件、被提起行政诉讼2件。"),
        .init("本年度因政府信息公开被申请行政复议4件,被提起行政诉讼1件,结果均为维持。"),
        .init("因政府信息公开被申请行政复议1件。区政府被提起行政诉讼案件9件。", ["litigation_cases=9"]),
        .init("因政府信息公开被申请行政复议2件,全年区政府作为被告的行政诉讼案件15件。", ["litigation_cases=15"]),
        // Lectures and talks counted as events: publicity without an official audience, study with one.
        .init("全年开展法治讲座进校园活动22场。", ["publicity_events=22"]),
        .init("为机关干部职工举办法治讲座6场。", ["study_sessions=6"]),
        .init("县委理论学习中心组开展法治专题讲座2次。", ["study_sessions=2"]),
        .init("邀请专家为领导干部作法治讲座3场。", ["study_sessions=3"]),
        .init("面向群众开展法治宣讲40场次。", ["publicity_events=40"]),
        .init("在各村开展法律知识讲座18场。", ["publicity_events=18"]),
        .init("举办行政执法人员法治培训班3期,培训420人次。", ["trainees=420"], may: ["study_sessions=3"]),
        // Sentences that must give nothing.
        .init("开展消防安全知识讲座5场。"),
        .init("全年未收到行政复议申请。"),
        .init("行政复议申请受理率达到100%。"),
        .init("第3场新闻发布会于5月召开。"),
        .init("其中3件已审结。"),
    ]

    /// Sentences failing, with the failure class. Measured on main 71a6fca (first run): 18/26 sentences right, three
    /// wrong values (two disclosure lawsuits read as litigation_cases, a school lecture read as study_sessions). All
    /// eight fixed in bq8: two accepted counts with only the verb (`Indicator.repeatVerbs`), two disclosure lawsuits in
    /// subject-less 被 clauses (the elided subject), four legal lectures and talks (publicity unless an official or
    /// study audience is named).
    static let known: [String: String] = [:]

    /// Written after the fixes, varying what each depends on, with sentences where they must not fire.
    static let afterFix: [IndicatorBlindTests.Case] = [
        // The elided subject carries any context, not only disclosure; 被告 is a noun, not the passive.
        .init("因征地拆迁被申请行政复议5件,被提起行政诉讼3件。", ["reconsideration_cases=5", "litigation_cases=3"]),
        .init("区政府被申请行政复议6件,被提起行政诉讼4件。", ["reconsideration_cases=6", "litigation_cases=4"]),
        .init("因政府信息公开被申请行政复议1件,被提起行政诉讼2件,被提起行政诉讼二审1件。"),
        .init("因政府信息公开被申请行政复议2件,被告为区政府的行政诉讼案件5件。", ["litigation_cases=5"]),
        // A repeat verb needs the same unit, no negator and nothing but an adverb before it; 其中 still divides.
        .init("全年收到行政复议申请50件,不予受理4件。", ["reconsideration_cases=50"]),
        .init("收到行政复议申请44件,其中受理40件。", ["reconsideration_cases=44"]),
        .init("收到行政复议申请33件,受理信访事项20件。", ["reconsideration_cases=33"]),
        .init("收到行政复议申请26件,受理24起。", ["reconsideration_cases=26"]),
        .init("主动公开政府信息320条,受理56件。", ["info_disclosed=320"]),
        // A 其中 after a total in the sentence before the ；, another unit between.
        .init("全年作出行政处罚决定900件,同比增长3%;罚没款收入120万元,其中当场处罚案件150件。", ["penalty_cases=900"]),
        // Legal lectures and talks by audience; lectures on other subjects are none.
        .init("组织机关干部开展宪法宣讲6次。", ["study_sessions=6"]),
        .init("为领导干部举办法治讲座4场次。", ["study_sessions=4"]),
        .init("开展宪法宣讲进社区活动30场次。", ["publicity_events=30"]),
        .init("开展普法讲座12场。", ["publicity_events=12"]),
        .init("举办安全生产讲座8场。"),
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
