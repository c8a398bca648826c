import Testing
@testable import GovReportsCore

/// The `change` and `target` columns: what a number is (sentences written for these tests).
@Suite struct QuantityChangeTests {
    /// One sentence and, per mention in order, its expected change and target.
    struct Case: Sendable, CustomStringConvertible {
        /// The normalized sentence.
        var sentence: String
        /// Expected (change, target) per mention.
        var expected: [(QuantityChange?, Bool)]
        /// The sentence names the case.
        var description: String { sentence }
    }

    static let cases: [Case] = [
        // Rises and falls, with fillers and comparisons; the sign wins over the verb.
        Case(sentence: "全年地区生产总值812.6亿元,比上年增长6.1%。", expected: [(nil, false), (.increase, false)]),
        Case(sentence: "规模以上工业能耗同比下降2.4%,", expected: [(.decrease, false)]),
        Case(sentence: "失业率较上年回落0.3个百分点。", expected: [(.decrease, false)]),
        Case(sentence: "出口总额增长了-4.6%。", expected: [(.decrease, false)]),
        Case(sentence: "年末户籍人口比上年末减少0.8万人。", expected: [(.decrease, false)]),
        Case(sentence: "旅游收入分别增长12.5%和9.8%。", expected: [(.increase, false), (nil, false)]),
        Case(sentence: "粮食产量同比-1.3%。", expected: [(.decrease, false)]),
        Case(sentence: "全年降水量1420毫米,较常年偏少1.2成。", expected: [(nil, false), (.decrease, false)]),
        // Levels: the level reached, and counts of new things.
        Case(sentence: "绿化覆盖率提高到45.2%。", expected: [(nil, false)]),
        Case(sentence: "全年新增市场主体1.3万户。", expected: [(nil, false)]),
        // Goals: in the clause, or in the lead-in of a list; achievements are not goals.
        Case(sentence: "今年的主要预期目标是:地区生产总值增长6%左右,城镇新增就业2.5万人以上;居民消费价格涨幅3%左右。",
             expected: [(.increase, true), (nil, true), (.increase, true)]),
        Case(sentence: "力争社会消费品零售总额增长7%。", expected: [(.increase, true)]),
        Case(sentence: "主要预期目标是地区生产总值增长6%左右,城镇新增就业1.2万人。全年实际增长6.3%。",
             expected: [(.increase, true), (nil, true), (.increase, false)]),
        Case(sentence: "确保粮食播种面积稳定在120万亩以上。", expected: [(nil, true)]),
        Case(sentence: "全年完成年度投资计划的108%。", expected: [(nil, false)]),
        Case(sentence: "经济增长7.2%,超过预期目标1.2个百分点。", expected: [(.increase, false), (nil, false)]),
        Case(sentence: "落实计划生育奖励扶助资金320万元。", expected: [(nil, false)]),
        Case(sentence: "累计争取上级资金3.2亿元,获批科技计划项目6项。", expected: [(nil, false), (nil, false)]),
        Case(sentence: "统计范围为计划总投资500万元及以上项目。", expected: [(nil, false)]),
        Case(sentence: "计划投资50亿元。去年完成投资48亿元。", expected: [(nil, true), (nil, false)]),
    ]

    /// Each mention gets the expected change and target.
    @Test(arguments: cases) func classifies(_ testCase: Case) {
        let found = sharedQuantityScanner.scan(testCase.sentence)
        let rendered = found.map { "\($0.text) \($0.change?.rawValue ?? "-") \($0.target)" }
        #expect(found.count == testCase.expected.count, "found \(rendered)")
        for (match, expected) in zip(found, testCase.expected) {
            #expect(match.change == expected.0 && match.target == expected.1, "expected \(expected), found \(rendered)")
        }
    }
}
