import Testing
@testable import GovReportsCore

/// The open unit vocabulary, bare magnitudes, 成 and signed values (issue 17): sentences written for these tests.
@Suite struct QuantityVocabularyTests {
    /// Units the hand-kept table never listed, from the generated vocabulary, with 万/亿 and 千 prefixes.
    static let prefixedUnits: [QuantityCase] = [
        QuantityCase("全年粮食总产量1300亿斤以上。", .init(1.3e11, "斤", .other, approx: "以上")),
        QuantityCase("港口完成集装箱吞吐量76.9万标准箱。", .init(769_000, "标准箱", .other)),
        QuantityCase("全社会用电量达到35.2亿度。", .init(3.52e9, "度", .other)),
        QuantityCase("新增光伏装机22万千瓦。", .init(220_000, "千瓦", .other)),
        QuantityCase("全年发电量128.6万千瓦时。", .init(1_286_000, "千瓦时", .other)),
        QuantityCase("储能电站容量达300兆瓦时。", .init(300, "兆瓦时", .other)),
        QuantityCase("油菜播种面积12.7千公顷。", .init(12.7, "千公顷", .other)),
        QuantityCase("货物周转量861.5亿吨公里,旅客周转量35.2亿人公里。",
                     .init(8.615e10, "吨公里", .other), .init(3.52e9, "人公里", .other)),
        QuantityCase("机场保障起降4928架次。", .init(4928, "架次", .count)),
        QuantityCase("内河港口到港船舶1.2万艘次。", .init(12_000, "艘次", .count)),
        QuantityCase("渔船新建12艘。", .init(12, "艘", .count)),
        QuantityCase("家禽出栏336.5万羽。", .init(3_365_000, "羽", .count)),
        QuantityCase("研发新产品15款。", .init(15, "款", .count)),
        QuantityCase("发射卫星3枚。", .init(3, "枚", .count)),
    ]

    /// X/Y: any two known units around a slash, with a magnitude allowed in the denominator.
    static let compoundUnits: [QuantityCase] = [
        QuantityCase("PM2.5平均浓度为28微克/立方米。", .init(28, "微克/立方米", .other)),
        QuantityCase("每百人拥有移动电话103.9部/百人。", .init(103.9, "部/百人", .other)),
        QuantityCase("生猪收购价16.5元/公斤。", .init(16.5, "元/公斤", .money)),
        QuantityCase("平均工资每月6200元/月。", .init(6200, "元/月", .money)),
        QuantityCase("最高车速120公里/小时。", .init(120, "公里/小时", .other)),
    ]

    /// 百/千/万/亿 with no digit before: a number when a unit follows or a hedge stands before.
    static let bareMagnitudes: [QuantityCase] = [
        QuantityCase("全市工业产值超千亿元。", .init(1e11, "元", .money, approx: "超")),
        QuantityCase("全年举办文化活动近万场。", .init(10_000, "场", .count, approx: "近")),
        QuantityCase("新增产能百万吨。", .init(1_000_000, "吨", .other)),
        QuantityCase("经济总量突破万亿元。", .init(1e12, "元", .money)),
        QuantityCase("吸引游客逾千万人次。", .init(10_000_000, "人次", .count, approx: "逾")),
        QuantityCase("引进企业百余家。", .init(100, "家", .count, approx: "余")),
        QuantityCase("新引进亿元以上项目23个。", .init(1e8, "元", .money, approx: "以上"), .init(23, "个", .count)),
    ]

    /// Fixed phrases and denominators built on a bare magnitude: nothing is a quantity.
    static let magnitudePhrases: [QuantityCase] = [
        QuantityCase("政策惠及千家万户。"),
        QuantityCase("全县上下万众一心抓发展。"),
        QuantityCase("办好百姓身边的实事。"),
        QuantityCase("每万人拥有执业医师数提高。"),
        QuantityCase("打造万亿级产业集群。"),
        QuantityCase("千方百计稳就业。"),
        QuantityCase("万元地区生产总值能耗持续下降。"),
        QuantityCase("建设百万吨级码头。"),
        QuantityCase("单位:千升"),
        QuantityCase("上午9点召开会议。"),
    ]

    /// 成 as tenths on the percent scale; 成 inside a word is no unit.
    static let tenths: [QuantityCase] = [
        QuantityCase("优良天数比例提高三成以上。", .init(30, "成", .percent, approx: "以上")),
        QuantityCase("民营经济贡献了近四成的税收。", .init(40, "成", .percent, approx: "近")),
        QuantityCase("满意度达九成,", .init(90, "成", .percent)),
        QuantityCase("全县20成员单位参加。"),
    ]

    /// A minus sign after an ideograph is a sign; after a digit or a mention it is a dash.
    static let signs: [QuantityCase] = [
        QuantityCase("建筑业增加值增长-3.2%。", .init(-3.2, "%", .percent, text: "-3.2%")),
        QuantityCase("利润总额为-1.5亿元。", .init(-1.5e8, "元", .money)),
        QuantityCase("按照3%-5%的比例。", .init(3, "%", .percent, max: 5)),
    ]

    /// An unknown word right after a number is a noun; a known unit next to a noun still stands.
    static let unitsNextToNouns: [QuantityCase] = [
        QuantityCase("惠及12.6万城镇职工。", .init(126_000, nil, .count, text: "12.6万城镇职工")),
        QuantityCase("新建5座污水处理厂。", .init(5, "座", .count)),
        QuantityCase("配备16辆救护车。", .init(16, "辆", .count)),
    ]

    /// Reads units with prefixes and from the generated vocabulary.
    @Test(arguments: prefixedUnits) func readsPrefixedUnits(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Reads compound units.
    @Test(arguments: compoundUnits) func readsCompoundUnits(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Reads bare magnitudes.
    @Test(arguments: bareMagnitudes) func readsBareMagnitudes(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Leaves fixed phrases alone.
    @Test(arguments: magnitudePhrases) func skipsMagnitudePhrases(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Reads 成.
    @Test(arguments: tenths) func readsTenths(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Keeps signs.
    @Test(arguments: signs) func readsSigns(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Separates units from nouns.
    @Test(arguments: unitsNextToNouns) func separatesNouns(_ testCase: QuantityCase) { expectQuantities(testCase) }

    /// The generated table parses, names its sources in its header, and the hand-kept table wins for its units.
    @Test func vocabularyIsSourcedAndMerged() throws {
        let vocabulary = try UnitVocabulary.bundled()
        #expect(vocabulary.count > 200)
        #expect(vocabulary.contains { $0.text == "艘" && $0.kind == .count })
        #expect(vocabulary.contains { $0.text == "千瓦时" && $0.kind == .other })
        #expect(!vocabulary.contains { $0.text.hasPrefix("万") || $0.text.hasPrefix("亿") })
        let rules = try QuantityRules.bundled()
        let 年 = rules.units.units.filter { $0.text == "年" }
        #expect(年.count == 1 && 年[0].chineseFollow != nil)
    }

    /// A malformed row names the file and the entry.
    @Test func malformedVocabularyRowIsTyped() {
        #expect(throws: QuantityRulesError.self) { try UnitVocabulary.parse("# x\ntext\tkind\tchinese\tunit\n艘\tthing\tyes\t\n") }
    }
}
