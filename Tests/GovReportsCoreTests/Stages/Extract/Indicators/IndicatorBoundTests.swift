import Testing
@testable import GovReportsCore

/// Indicator classes the whole-report blind set (`ReportsBlindTests`) found: an upper bound is a threshold, a count
/// of villages is no count of advisers, a reconsideration over disclosure is no disclosed item (nor, by design, a
/// reconsideration instance), and disputes screened are not disputes resolved. Each sentence varies what the rule depends on.
@Suite struct IndicatorBoundTests {
    /// The sentences.
    static let cases: [IndicatorGeneralizationTests.Case] = [
        // Upper bounds (不足, 不到, 以下/以内/不超过) are thresholds.
        .init("全省仍有27个县林业执法人员不足10人。"),
        .init("部分基层所执法人员不到5名。"),
        .init("行政复议案件控制在10件以内。"),
        // A lower bound or a hedge still reports what was done.
        .init("全年培训执法人员300人次以上。", ["trainees=300"]),
        .init("参训人员约700人次。", ["trainees=700"]),
        // The noun after the unit says what is counted.
        .init("全镇21个村（社区）均配备法律顾问。"),
        .init("12个社区实现法律顾问全覆盖。"),
        .init("镇政府聘请法律顾问2名。", ["legal_advisers=2"]),
        // A reconsideration or lawsuit over disclosure is never a disclosed item, and by the codebook's design not a
        // reconsideration or litigation instance either: the disclosure panel counts those (table 五), and the
        // agency-wide counts of rule-of-law reports would mix with a subset.
        .init("本年度因政府信息公开被申请行政复议1件，结果维持。"),
        .init("因政府信息公开引起行政诉讼2件。"),
        .init("本年度被申请行政复议3件，均维持原决定。", ["reconsideration_cases=3"]),
        .init("全年主动公开政府信息232条。", ["info_disclosed=232"]),
        // Disputes screened (排查) are not resolved; those mediated (调解成功) are, with 纠纷 earlier in the sentence.
        .init("全市人民调解组织排查矛盾纠纷4268起，调解成功4197起。", ["disputes_resolved=4197"]),
        .init("全年排查化解矛盾纠纷300件。", ["disputes_resolved=300"]),
        .init("摸排各类矛盾纠纷56起。"),
        // The disclosure format's wording for issuing: 新制作, 制发.
        .init("本年度新制作规范性文件0件。", ["normative_docs_issued=0"]),
        .init("本年度制发规范性文件1件，现行有效规范性文件4件。", ["normative_docs_issued=1"]),
    ]

    /// Every `must` instance is found and nothing else is.
    @Test(arguments: cases) func sentence(_ c: IndicatorGeneralizationTests.Case) throws {
        let found = try IndicatorGeneralizationTests.found(c.text)
        #expect(c.must.subtracting(found).isEmpty, "missed \(c.must.subtracting(found).sorted()) in \(c.text)")
        let wrong = found.subtracting(c.must).subtracting(c.may)
        #expect(wrong.isEmpty, "wrong \(wrong.sorted()) in \(c.text)")
    }
}
