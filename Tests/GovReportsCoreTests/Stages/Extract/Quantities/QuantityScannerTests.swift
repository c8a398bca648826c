import Testing
@testable import GovReportsCore

/// The scanner every test shares, compiled once as in the pipeline.
let sharedQuantityScanner: QuantityScanner = {
    do { return QuantityScanner(rules: try QuantityRules.bundled()) } catch { fatalError("\(error)") }
}()

/// Checks that scanning `sentence` yields exactly `expected`, in order.
func expectQuantities(_ testCase: QuantityCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = sharedQuantityScanner.scan(testCase.sentence)
    let rendered = found.map { "\($0.text)=\($0.value)\($0.valueMax.map { "-\($0)" } ?? "") \($0.unit ?? "nil") \($0.kind.rawValue) \($0.approx ?? "-")" }
    #expect(found.count == testCase.expected.count, "found \(rendered)", sourceLocation: sourceLocation)
    for (match, expected) in zip(found, testCase.expected) {
        #expect(expected.accepts(match), "expected \(expected), found \(rendered)", sourceLocation: sourceLocation)
    }
}

/// Numerals, units, ranges and hedges: what the scanner must find.
@Suite struct QuantityScannerTests {
    /// Arabic, Chinese and mixed numerals with multipliers applied.
    static let numerals: [QuantityCase] = [
        QuantityCase("全年受理行政复议案件1,234件。", .init(1234, "件", .count, text: "1,234件")),
        QuantityCase("拨付专项资金3,250.5万元用于改造。", .init(32_505_000, "元", .money)),
        QuantityCase("共培训执法人员一百二十三人次。", .init(123, "人次", .count)),
        QuantityCase("为每户发放补贴两千元。", .init(2000, "元", .money)),
        QuantityCase("活动惠及群众十五万人。", .init(150_000, "人", .count)),
        QuantityCase("区财政投入三千五百万元。", .init(35_000_000, "元", .money)),
        QuantityCase("志愿者服务3千人。", .init(3000, "人", .count)),
        QuantityCase("家庭医生签约覆盖1.5万户。", .init(15_000, "户", .count)),
        QuantityCase("累计投入2.37亿元。", .init(237_000_000, "元", .money)),
        QuantityCase("全年新增城镇就业15.8万人。", .init(158_000, "人", .count)),
        QuantityCase("共清理规章三十二件。", .init(32, "件", .count)),
        QuantityCase("共有两万一千名网格员。", .init(21_000, "名", .count)),
        QuantityCase("审查合同一千零五件。", .init(1005, "件", .count)),
        QuantityCase("全区登记在册志愿者十二万余人。", .init(120_000, "人", .count, approx: "余")),
        QuantityCase("化解积案二十多件。", .init(20, "件", .count, approx: "多")),
        QuantityCase("全市社区服务空白点减少到0个。", .init(0, "个", .count)),
        QuantityCase("发放救助金1.2万亿元的说法并不属实。", .init(1.2e12, "元", .money)),
        QuantityCase("惠及2.37万农村居民。", .init(23_700, nil, .count, text: "2.37万农村居民")),
        QuantityCase("全县有3千万棵树。", .init(30_000_000, "棵", .count)),
    ]

    /// Percent written with a sign, in words, and as percentage points.
    static let percents: [QuantityCase] = [
        QuantityCase("群众满意度达到98.6%。", .init(98.6, "%", .percent)),
        QuantityCase("行政复议结案率为百分之九十五。", .init(95, "%", .percent)),
        QuantityCase("网上办理率达到百分之82.2。", .init(82.2, "%", .percent)),
        QuantityCase("败诉率同比下降3.5个百分点。", .init(3.5, "个百分点", .percent)),
        QuantityCase("申请量同比增长12％。", .init(12, "%", .percent)),
        QuantityCase("实现百分之百覆盖。", .init(100, "%", .percent)),
        QuantityCase("办件量占全区的33.1%,位列第二。", .init(33.1, "%", .percent)),
        QuantityCase("千分之三的抽查比例。", .init(3, "‰", .percent)),
        QuantityCase("失业率控制在0.5%以内。", .init(0.5, "%", .percent, approx: "以下")),
        QuantityCase("占比提高0.7个百分点。", .init(0.7, "个百分点", .percent)),
    ]

    /// Ranges: both ends, one unit, multipliers shared.
    static let ranges: [QuantityCase] = [
        QuantityCase("按照30%-50%的比例给予补助。", .init(30, "%", .percent, max: 50)),
        QuantityCase("每季度开展3-5次联合检查。", .init(3, "次", .count, max: 5)),
        QuantityCase("办理时限压缩至3至5个工作日。", .init(3, "个工作日", .duration, max: 5)),
        QuantityCase("每个社区配备3到5名网格员。", .init(3, "名", .count, max: 5)),
        QuantityCase("每年开展3~5场专题讲座。", .init(3, "场", .count, max: 5)),
        QuantityCase("每个村组建三到五个调解小组。", .init(3, "个", .count, max: 5)),
        QuantityCase("补助标准为3-5万元。", .init(30_000, "元", .money, max: 50_000)),
        QuantityCase("抽查比例保持在3~5之间。", .init(3, nil, .other, max: 5)),
        QuantityCase("补助比例为40％～60％。", .init(40, "%", .percent, max: 60)),
        QuantityCase("由3家到5家,逐年增加。", .init(3, "家", .count), .init(5, "家", .count)),
        QuantityCase("听证会每次邀请10至20人参加。", .init(10, "人", .count, max: 20)),
        QuantityCase("增速保持在3.5%–4%区间。", .init(3.5, "%", .percent, max: 4)),
    ]

    /// Hedges before, inside and after the number.
    static let hedges: [QuantityCase] = [
        QuantityCase("开展宣传活动20余场。", .init(20, "场", .count, approx: "余")),
        QuantityCase("接待来访群众500多人次。", .init(500, "人次", .count, approx: "多")),
        QuantityCase("受理咨询3000人次左右。", .init(3000, "人次", .count, approx: "左右")),
        QuantityCase("审查各类合同约120份。", .init(120, "份", .count, approx: "约")),
        QuantityCase("服务覆盖近3万户家庭。", .init(30_000, "户", .count, approx: "近")),
        QuantityCase("处理信访事项50件以上。", .init(50, "件", .count, approx: "以上")),
        QuantityCase("参与群众超过2000人。", .init(2000, "人", .count, approx: "超")),
        QuantityCase("培训人数超1.2万人次。", .init(12_000, "人次", .count, approx: "超")),
        QuantityCase("累计投入逾5亿元。", .init(500_000_000, "元", .money, approx: "逾")),
        QuantityCase("平均办理时间不足3天。", .init(3, "天", .duration, approx: "不足")),
        QuantityCase("专职执法人员不到10名。", .init(10, "名", .count, approx: "不到")),
        QuantityCase("每户补助1万余元。", .init(10_000, "元", .money, approx: "余")),
        QuantityCase("惠及20多万群众。", .init(200_000, nil, .count, approx: "多")),
        QuantityCase("整治资金300万元上下。", .init(3_000_000, "元", .money, approx: "上下")),
        QuantityCase("专项整治历时3个多月。", .init(3, "个月", .duration, approx: "多")),
        QuantityCase("与3家律师事务所签约。", .init(3, "家", .count)),
        QuantityCase("签约3家律师事务所。", .init(3, "家", .count)),
        QuantityCase("网上预约办理1200人次。", .init(1200, "人次", .count)),
        QuantityCase("附近5家养老机构参加演练。", .init(5, "家", .count)),
        QuantityCase("办结时间压缩到不超过10天。", .init(10, "天", .duration, approx: "以下")),
        QuantityCase("行程近两万公里。", .init(20_000, "公里", .other, approx: "近")),
        QuantityCase("吸引了超过90%的在外务工人员返乡。", .init(90, "%", .percent, approx: "超")),
        QuantityCase("引进近200家企业入驻。", .init(200, "家", .count, approx: "近")),
        QuantityCase("全省有20多万名网格员。", .init(200_000, "名", .count, approx: "多")),
        QuantityCase("在各个方面上下功夫,办结12件。", .init(12, "件", .count)),
        QuantityCase("人均受理案件量约为35件。", .init(35, "件", .count, approx: "约")),
        QuantityCase("每所面积不低于100平方米。", .init(100, "平方米", .other, approx: "以上")),
        QuantityCase("每月开展巡查至少2次。", .init(2, "次", .count, approx: "以上")),
        QuantityCase("3天以内办结。", .init(3, "天", .duration, approx: "以下")),
    ]

    /// Classifiers and measure words, longest first.
    static let units: [QuantityCase] = [
        QuantityCase("新增护理型床位718张。", .init(718, "张", .count)),
        QuantityCase("接待群众来访2400人次。", .init(2400, "人次", .count)),
        QuantityCase("整改期限为7个月。", .init(7, "个月", .duration)),
        QuantityCase("工作组连续工作15天。", .init(15, "天", .duration)),
        QuantityCase("条例实施5年来成效明显。", .init(5, "年", .duration)),
        QuantityCase("建成口袋公园12座。", .init(12, "座", .count)),
        QuantityCase("梳理出4大类26项权责事项。", .init(4, "大类", .count), .init(26, "项", .count)),
        QuantityCase("排查隐患点136处。", .init(136, "处", .count)),
        QuantityCase("新修农村道路12.5公里。", .init(12.5, "公里", .other)),
        QuantityCase("流转土地3200亩。", .init(3200, "亩", .other)),
        QuantityCase("志愿者累计服务46800小时。", .init(46_800, "小时", .duration)),
        QuantityCase("承诺3个工作日内办结。", .init(3, "个工作日", .duration)),
        QuantityCase("考核得分96.5分。", .init(96.5, "分", .other)),
        QuantityCase("发放宣传册2000余册。", .init(2000, "册", .count, approx: "余")),
        QuantityCase("收缴罚没款15.6万元。", .init(156_000, "元", .money)),
        QuantityCase("案件数同比增长1.3倍。", .init(1.3, "倍", .other)),
        QuantityCase("4972户8535人享受最低生活保障。", .init(4972, "户", .count), .init(8535, "人", .count)),
        QuantityCase("其中社会团体8家、民办非企业单位19家。", .init(8, "家", .count), .init(19, "家", .count)),
        QuantityCase("从事律师工作满3年。", .init(3, "年", .duration)),
        QuantityCase("处置突发事件2起。", .init(2, "起", .count)),
        QuantityCase("开展专题培训6期。", .init(6, "期", .count)),
        QuantityCase("实施三年来,化解纠纷八百余件。", .init(3, "年", .duration), .init(800, "件", .count, approx: "余")),
        QuantityCase("全县固定资产投资完成246.79亿元。", .init(24_679_000_000, "元", .money)),
        QuantityCase("完成年度计划82.3%。", .init(82.3, "%", .percent)),
        QuantityCase("投放新能源公交车120辆。", .init(120, "辆", .count)),
        QuantityCase("全年共办理 295 件,办结率 98.5 %。", .init(295, "件", .count), .init(98.5, "%", .percent)),
        QuantityCase("制定年度工作要点6大项31小项。", .init(6, "大项", .count), .init(31, "小项", .count)),
        QuantityCase("年满50周岁的执法人员。", .init(50, "周岁", .other)),
        QuantityCase("出台制度文件一千多项。", .init(1000, "项", .count, approx: "多")),
        QuantityCase("开展送法下乡百余场,受益群众千余人次。", .init(100, "场", .count, approx: "余"), .init(1000, "人次", .count, approx: "余")),
        QuantityCase("挽回经济损失万余元。", .init(10_000, "元", .money, approx: "余")),
    ]

    /// Finds each listed numeral exactly.
    @Test(arguments: numerals) func readsNumerals(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Finds each listed percent exactly.
    @Test(arguments: percents) func readsPercents(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Finds each listed range with both ends.
    @Test(arguments: ranges) func readsRanges(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Records each listed hedge.
    @Test(arguments: hedges) func readsHedges(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Takes the longest unit and its kind.
    @Test(arguments: units) func readsUnits(_ testCase: QuantityCase) { expectQuantities(testCase) }
}
