import Foundation
import Testing
@testable import GovReportsCore

/// Blind round seven for the codebook: 22 own sentences written before the matcher was run on them, on the classes
/// round six left open (a 其中 sub-count, an accepted count whose clause has no trigger of its own, a disclosure
/// reconsideration followed by a disclosure lawsuit, 法治讲座 counted in 场次) with variations, and sentences that must
/// give nothing (plan names, document and article numbers). Scored as `IndicatorBlindTests` is; a sentence known to
/// fail runs under `withKnownIssue`.
@Suite struct IndicatorBlindSevenTests {
    /// The sentences.
    static let cases: [IndicatorBlindTests.Case] = [
        // A 其中 sub-count of the same measure is no second instance.
        .init("全年查处行政处罚案件2,015件,罚没款136.5万元,其中当场处罚案件312件。", ["penalty_cases=2015"]),
        .init("全年作出行政处罚决定860件,其中适用简易程序的210件。", ["penalty_cases=860"]),
        .init("全年受理行政复议申请45件,其中涉及征地拆迁的12件。", ["reconsideration_cases=45"]),
        .init("审结行政复议案件40件,其中撤销3件。", ["reconsideration_cases=40"]),
        // An accepted count after the received count: its clause has only the verb.
        .init("区政府收到行政复议申请64件,受理58件;审结55件。", ["reconsideration_cases=64", "reconsideration_cases=58"]),
        .init("全年共收到行政复议申请52件,依法受理47件。", ["reconsideration_cases=52", "reconsideration_cases=47"]),
        // Disclosure reconsiderations and lawsuits are the panel's; the context reaches the next clause of the sentence.
        .init("因政府信息公开被申请行政复议2件,被提起行政诉讼1件,均未被纠错。"),
        .init("因政府信息公开引发行政诉讼3件。"),
        .init("因政府信息公开被申请行政复议1件;区政府作为被告的行政诉讼案件12件。", ["litigation_cases=12"]),
        .init("全年区政府作为被告的行政诉讼案件21件,败诉1件。", ["litigation_cases=21"], may: ["litigation_cases=1"]),
        // 法治讲座 counted as events is publicity; for leaders it is a study session.
        .init("全镇开展法治讲座15场次。", ["publicity_events=15"]),
        .init("深入社区开展法治讲座28场。", ["publicity_events=28"]),
        .init("举办领导干部法治讲座3期。", ["study_sessions=3"]),
        .init("全年开展普法讲座36场次。", ["publicity_events=36"]),
        .init("组织领导干部集体学法4次。", ["study_sessions=4"]),
        // Plain measures.
        .init("全年收到政府信息公开申请96件,办结94件。", ["info_requests=96"]),
        .init("全县在岗行政执法人员860名,持证率100%。", ["enforcement_staff=860"]),
        .init("全年举办法治宣传活动86场次。", ["publicity_events=86"]),
        // Sentences that must give nothing.
        .init("2024年是“十四五”规划实施的关键之年。"),
        .init("根据某政发〔2023〕12号文件开展行政复议工作。"),
        .init("依据《行政处罚法》第三十三条办理行政处罚案件。"),
        .init("一是规范行政复议;二是加强行政应诉。"),
    ]

    /// Sentences failing, with the failure class. Measured on main 059497f (first run): 16/22 sentences right. Fixed in
    /// bq8: the accepted counts (a clause of only a repeat verb, `Indicator.repeatVerbs`), the disclosure lawsuit (a
    /// subject-less 被 clause shares the words before 被 of the clause before it) and the two 法治讲座 (publicity
    /// unless an official or study audience is named).
    static let known: [String: String] = [
        // Not a matcher bug but a convention clash, left for the owner: the codebook's reconsideration_cases excludes
        // outcomes, 审结 by name (its description and exclusions), so a concluded count alone is no instance; this
        // round's expectation, written first, counted it.
        "审结行政复议案件40件,其中撤销3件。": "审结 is an outcome the codebook does not count (a convention clash, see the comment)",
    ]

    /// Every `must` instance is found and nothing outside `must` and `may` is.
    @Test(arguments: cases) func sentence(_ c: IndicatorBlindTests.Case) throws {
        try IndicatorBlindTests.expect(c, knownWhy: Self.known[c.base.text])
    }
}
