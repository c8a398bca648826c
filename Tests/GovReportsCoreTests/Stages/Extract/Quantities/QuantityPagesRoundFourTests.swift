import Testing
@testable import GovReportsCore

/// Quantity classes found by the round-4 blind pages (pages-blind h13, h14): a people's congress or plenum session
/// ordinal is no count, and a measure word longer than the unit it begins with (分贝, not 分) is read whole.
@Suite struct QuantityPagesRoundFourTests {
    /// Session ordinals after 届/人大/政协, with the real counts of meetings beside them that must stay.
    static let sessions: [C] = [
        C("现将预算草案提请区十八届人大四次会议审议。"),
        C("在市十五届人大三次会议上作报告。"),
        C("认真贯彻党的十九届四次全会精神。"),
        C("县政协十一届二次会议期间收到提案126件。", q(126, "件")),
        C("全年召开常务会议12次,召开4次专题会议。", q(12, "次"), q(4, "次")),
        C("区人大常委会全年开展执法检查3次。", q(3, "次")),
        C("组织人大代表视察5次。", q(5, "次")),
    ]
    /// Measure words that begin with a shorter unit.
    static let longerUnits: [C] = [
        C("区域环境噪声昼间平均等效声级54.8分贝。", q(54.8, "分贝", kind: .other)),
        C("夜间噪声限值45分贝以下。", q(45, "分贝", approx: "以下", kind: .other)),
        C("考核得分92.5分。", q(92.5, "分", kind: .other)),
    ]

    /// No session ordinal is a count; the counts beside them are.
    @Test(arguments: sessions) func sessionOrdinals(_ c: C) { expectPipelineQuantities(c) }
    /// 分贝 is read whole, 分 stays 分.
    @Test(arguments: longerUnits) func longerMeasureWords(_ c: C) { expectPipelineQuantities(c) }
}
