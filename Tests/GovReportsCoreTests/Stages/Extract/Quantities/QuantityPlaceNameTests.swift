import Testing
@testable import GovReportsCore

/// A division name that holds a numeral (`七星区`, `三台县`, `九台区`, `四川省`) is a place, never a count; the same
/// numeral and unit outside such a name stay a quantity.
@Suite struct QuantityPlaceNameTests {
    /// Names from the division table: no quantity from the name, the sentence's counts kept.
    static let names: [C] = [
        C("桂林市七星区二〇二四年国民经济和社会发展统计公报"),
        C("三台县新增市场主体1,200户。", q(1200, "户")),
        C("长春市九台区办理案件36件。", q(36, "件")),
        C("五台县、七台河市两地"),
    ]

    /// The numeral and unit without the name's suffix are counts.
    static let counts: [C] = [
        C("购置执法记录仪3台。", q(3, "台")),
        C("五台县采购9台设备。", q(9, "台")),
        C("七星区新增酒店2家。", q(2, "家")),
    ]

    /// Division names give no quantity.
    @Test(arguments: names) func placeNamesAreNoCounts(_ c: C) { expectPipelineQuantities(c) }
    /// Outside a name the same words count.
    @Test(arguments: counts) func countsOutsideNamesStay(_ c: C) { expectPipelineQuantities(c) }
}
