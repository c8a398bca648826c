@testable import GovReportsCore

/// Blind round five: 121 own sentences (none copied from a report or the web), written before the scanner was run on
/// them, one table per class the earlier rounds cover thinly: shares written in words (三成, 十分之一, 五分之二, 百分之八十五),
/// scores (92.5分, 九十二分, 十分 as "very"), ranges with every dash and a unit on one or both ends, rates per unit
/// (每万人拥有, 人均, 每千名), money with mixed magnitudes (1.2亿元, 3000余万元, 2亿3千万元), years, quarters and plan names
/// that are no quantity, ordinals and document numbers, changes with 同比/环比/百分点 and signs, brackets and colons,
/// full-width digits, Chinese-numeral thousands, hedges, and counts of people and times. Sentences measured failing
/// are listed in `known` and run under `withKnownIssue`.
enum QuantityBlindFiveCases {
    /// Shares and fractions written in words.
    static let shares: [C] = [
        C("全市三成企业实现增收。", q(30, "成")),
        C("农村集体经济收入超过10万元的村约占十分之一。", q(100_000, "元", approx: "超"), q(0.1, nil, approx: "约", kind: .other)),
        C("参加培训的人员中,基层执法人员占五分之二。", q(0.4, nil, kind: .other)),
        C("过半数的乡镇建立了法律服务站。"),
        C("全年行政复议案件中约七成通过调解结案。", q(70, "成", approx: "约")),
        C("四分之三的政务服务事项实现网上可办。", q(0.75, nil, kind: .other)),
        C("重点项目完成投资占年度计划的百分之八十五。", q(85, "%")),
        C("民营经济贡献了全市近六成的税收。", q(60, "成", approx: "近")),
        C("城区学校大班额比例已降至百分之三以下。", q(3, "%", approx: "以下")),
        C("千分之三的抽检样品不合格。", q(3, "‰")),
    ]

    /// Scores, and 分 words that are none.
    static let scores: [C] = [
        C("在全省法治政府建设考评中得分92.5分,位列第三。", q(92.5, "分")),
        C("政府网站绩效评估得分九十二分。", q(92, "分")),
        C("群众满意度测评平均得分为八十七点五分。", q(87.5, "分")),
        C("营商环境评价综合得分86分,比上年提高3.5分。", q(86, "分"), q(3.5, "分")),
        C("十分重视依法行政工作,七分靠落实。"),
        C("考核满分为100分,80分以上为优秀。", q(100, "分"), q(80, "分", approx: "以上")),
    ]

    /// Ranges with different connectors and units on one or both ends.
    static let ranges: [C] = [
        C("一般事项办理时限为3—5天。", q(3, "天", max: 5)),
        C("审核通过后一般需要3至5个工作日。", q(3, "个工作日", max: 5)),
        C("预计全年税收收入增长15%~20%。", q(15, "%", max: 20)),
        C("每场活动参与人数在200人至300人之间。", q(200, "人", max: 300)),
        C("项目单体投资规模为5000万元—1亿元。", q(50_000_000, "元", max: 100_000_000)),
        C("年均增速保持在6%-7%。", q(6, "%", max: 7)),
        C("每年组织集中培训2到3次。", q(2, "次", max: 3)),
        C("降水量较常年偏多1~2成。", q(10, "成", max: 20)),
        C("景区日均客流量8万—10万人次。", q(80_000, "人次", max: 100_000)),
        C("基本医疗保险参保率稳定在95％～98％。", q(95, "%", max: 98)),
    ]

    /// Rates per unit of population or household.
    static let rates: [C] = [
        C("全市每万人拥有律师3.2名。", q(3.2, "名")),
        C("人均公园绿地面积达到15.6平方米。", q(15.6, "平方米")),
        C("每千名老年人拥有养老床位38张。", q(38, "张")),
        C("每十万人口刑事案件立案数下降至420起。", q(420, "起")),
        C("人均预期寿命达到79.5岁。", q(79.5, "岁")),
        C("每百户居民拥有家用汽车45.3辆。", q(45.3, "辆")),
        C("全市万人拥有公共文化设施面积2,150平方米。", q(2150, "平方米")),
    ]

    /// Money with mixed magnitudes and hedges.
    static let money: [C] = [
        C("全年争取上级资金1.2亿元,落实配套资金3000余万元。", q(120_000_000, "元"), q(30_000_000, "元", approx: "余")),
        C("累计发放各类补贴2亿3千万元。", q(230_000_000, "元")),
        C("项目总投资12.6亿元,其中中央预算内投资8,500万元。", q(1_260_000_000, "元"), q(85_000_000, "元")),
        C("全年罚没收入436.28万元。", q(4_362_800, "元")),
        C("兑现惠企资金逾5亿元,惠及企业1,200余家。", q(500_000_000, "元", approx: "逾"), q(1200, "家", approx: "余")),
        C("全年实际利用外资2.35亿美元。", q(235_000_000, "美元")),
        C("安排民生支出45.6亿元,占一般公共预算支出的78.2%。", q(4_560_000_000, "元"), q(78.2, "%")),
        C("项目奖补标准为每个5万至10万元。", q(50_000, "元", max: 100_000)),
        C("全年累计减免租金1,580.5万元,涉及商户约2,300户。", q(15_805_000, "元"), q(2300, "户", approx: "约")),
    ]

    /// Years, quarters, plan names and dates beside real figures.
    static let calendar: [C] = [
        C("2023年全市共受理行政复议申请156件。", q(156, "件")),
        C("“十四五”时期,全市累计建成保障性住房1.8万套。", q(18_000, "套")),
        C("第3季度受理申请数量最多,达42件。", q(42, "件")),
        C("2024年第一季度新增市场主体5,680户。", q(5680, "户")),
        C("本办法自2022年10月1日起施行。"),
        C("截至2024年底,全区累计建成充电桩860个。", q(860, "个")),
        C("二〇二三年度全县法治政府建设工作报告"),
        C("2021—2023年,全市连续三年获评全省法治政府建设先进单位。", q(3, "年")),
        C("本报告统计期限为2024年1月1日至12月31日。"),
        C("上半年完成固定资产投资123.5亿元。", q(12_350_000_000, "元")),
        C("11月底前完成全部整改任务。"),
    ]

    /// Ordinals, list marks and document numbers beside real figures.
    static let ordinals: [C] = [
        C("第二批行政执法典型案例共发布6个。", q(6, "个")),
        C("印发《关于进一步规范行政裁量权基准制定和管理工作的通知》(某府办〔2024〕3号)。"),
        C("按照国办发〔2023〕27号文件要求,清理证明事项41项。", q(41, "项")),
        C("第1次全体会议审议通过议题12项。", q(12, "项")),
        C("一、主要工作成效(一)持续推进依法行政"),
        C("根据《行政处罚法》第三十三条规定,对首次轻微违法行为不予处罚的案件共89件。", q(89, "件")),
        C("(二)全年办理人大代表建议58件、政协提案73件。", q(58, "件"), q(73, "件")),
        C("在全省营商环境评价中位列第5名。"),
        C("第十二届区人大常委会第四次会议听取专项报告2项。", q(2, "项")),
    ]

    /// Changes with 同比/环比/百分点, and signed growth.
    static let changes: [C] = [
        C("全年行政诉讼败诉率同比下降0.3个百分点。", q(0.3, "个百分点")),
        C("一般公共预算收入增速为-2.1%。", q(-2.1, "%")),
        C("社会消费品零售总额环比增长1.8%,同比增长6.5%。", q(1.8, "%"), q(6.5, "%")),
        C("规模以上工业增加值下降3.6%,降幅收窄1.2个百分点。", q(3.6, "%"), q(1.2, "个百分点")),
        C("工业生产者出厂价格同比下降2.4%,环比持平。", q(2.4, "%")),
        C("全年货物进出口总额增长-4.5%。", q(-4.5, "%")),
        C("城镇登记失业率为3.2%,比上年末下降0.4个百分点。", q(3.2, "%"), q(0.4, "个百分点")),
        C("受理信访事项较上年减少126件次,下降18.3%。", q(126, "件次"), q(18.3, "%")),
        C("行政复议直接纠错率较上年提高两个百分点。", q(2, "个百分点")),
    ]

    /// Figures in brackets and after colons.
    static let brackets: [C] = [
        C("全年收到申请(含转办)236件。", q(236, "件")),
        C("受理量:1,356件;办结量:1,298件。", q(1356, "件"), q(1298, "件")),
        C("办结率(按期):98.6%", q(98.6, "%")),
        C("新增市场主体（含个体工商户）2.3万户。", q(23_000, "户")),
        C("其中:行政许可1,025件,行政确认312件。", q(1025, "件"), q(312, "件")),
        C("全年培训人数(人次):4,580", q(4580, "人次")),
        C("投诉举报(件) 2023 2024"),
    ]

    /// Full-width digits and separators.
    static let fullWidth: [C] = [
        C("全年共办理行政复议案件１５６件,纠错率为１２．８％。", q(156, "件"), q(12.8, "%")),
        C("累计投入资金３，２００万元。", q(32_000_000, "元")),
        C("办理时限压缩至３个工作日。", q(3, "个工作日")),
    ]

    /// Chinese-numeral thousands and ten-thousands.
    static let chinese: [C] = [
        C("全年办理各类案件一千二百余件。", q(1200, "件", approx: "余")),
        C("参训人员达三千五百人次。", q(3500, "人次")),
        C("共排查矛盾纠纷两千三百四十六件。", q(2346, "件")),
        C("全区共有社区法律顾问一百零八名。", q(108, "名")),
        C("全年举办普法讲座一千余场次。", q(1000, "场次", approx: "余")),
        C("全年新增城镇就业一万二千人。", q(12_000, "人")),
    ]

    /// Hedges before and after the figure.
    static let hedges: [C] = [
        C("全年受理群众咨询近万件。", q(10_000, "件", approx: "近")),
        C("惠及困难群众逾10万人。", q(100_000, "人", approx: "逾")),
        C("政府网站访问量超300万人次。", q(3_000_000, "人次", approx: "超")),
        C("全年约有1.5万名群众参加普法活动。", q(15_000, "名", approx: "约")),
        C("平均办理时间缩短至2天左右。", q(2, "天", approx: "左右")),
        C("全年新增绿地面积50公顷以上。", q(50, "公顷", approx: "以上")),
        C("全年接待来访群众将近800人次。", q(800, "人次", approx: "近")),
        C("全市各类市场主体总数超过12万户。", q(120_000, "户", approx: "超")),
    ]

    /// Counts of people and of times.
    static let counts: [C] = [
        C("全年开展行政执法检查3,460件次。", q(3460, "件次")),
        C("组织旁听庭审86场,参加人员1,720人次。", q(86, "场"), q(1720, "人次")),
        C("全年接受群众来电咨询2.3万人次。", q(23_000, "人次")),
        C("开展联合执法检查128次,出动执法人员960人次。", q(128, "次"), q(960, "人次")),
        C("全年共召开政府常务会议24次,研究议题156个。", q(24, "次"), q(156, "个")),
        C("全年救助流浪乞讨人员312人次。", q(312, "人次")),
    ]

    /// Sentences mixing the classes above, two or more figures each (written with the rest, before any run).
    static let mixed: [C] = [
        C("全年受理行政复议申请312件,其中不予受理的约占一成,同比下降0.5个百分点。",
          q(312, "件"), q(10, "成", approx: "约"), q(0.5, "个百分点")),
        C("2024年全市财政投入法治建设经费1,860万元,比上年增长12.4%。", q(18_600_000, "元"), q(12.4, "%")),
        C("全区共有人民调解委员会186个,专兼职调解员1,245名,每万人拥有调解员18.6名。",
          q(186, "个"), q(1245, "名"), q(18.6, "名")),
        C("第一季度办理行政许可事项4,562件,平均办理时限由5天压缩至2天。", q(4562, "件"), q(5, "天"), q(2, "天")),
        C("政务服务事项“最多跑一次”比例达到99.1%,全程网办率达到八成以上。", q(99.1, "%"), q(80, "成", approx: "以上")),
        C("全年拨付困难群众救助资金2.6亿元,惠及群众近5万人次。", q(260_000_000, "元"), q(50_000, "人次", approx: "近")),
        C("行政执法案卷评查优秀率为85%,较上年提高5个百分点;合格率100%。",
          q(85, "%"), q(5, "个百分点"), q(100, "%")),
        C("全年开展法律进企业活动60余场,服务企业800余家,解答法律咨询3,000余人次。",
          q(60, "场", approx: "余"), q(800, "家", approx: "余"), q(3000, "人次", approx: "余")),
        C("（三）全年清理涉企规范性文件24件,修改7件,废止3件。", q(24, "件"), q(7, "件"), q(3, "件")),
        C("全年共收到群众来信来访1,126件次,办结率为97.8%。", q(1126, "件次"), q(97.8, "%")),
        C("全市一般公共预算收入完成386.5亿元,下降1.3%;税收占比为72.6%。",
          q(38_650_000_000, "元"), q(1.3, "%"), q(72.6, "%")),
        C("城乡居民医保财政补助标准提高到每人每年640元,个人缴费标准为380元。", q(640, "元"), q(380, "元")),
        C("全县建成村级综合服务站126个,覆盖率达到百分之百。", q(126, "个"), q(100, "%")),
        C("全年共接听12345热线来电45.6万个,按时办结率98.2%。", q(456_000, "个"), q(98.2, "%")),
        C("年末全市常住人口862.4万人,其中城镇人口593.1万人,城镇化率68.8%。",
          q(8_624_000, "人"), q(5_931_000, "人"), q(68.8, "%")),
        C("办理人大代表议案建议两百余件,办复率百分之百,满意率97%以上。",
          q(200, "件", approx: "余"), q(100, "%"), q(97, "%", approx: "以上")),
        C("今年以来,共化解历史遗留问题三十余个,涉及群众二千余户。", q(30, "个", approx: "余"), q(2000, "户", approx: "余")),
        C("全年规模以上工业企业实现营业收入2,345.6亿元,利润总额156.8亿元。",
          q(234_560_000_000, "元"), q(15_680_000_000, "元")),
        C("全区中小学专职法治副校长配备率为100%,共配备216名。", q(100, "%"), q(216, "名")),
        C("全年城镇新增就业3.2万人,失业人员再就业1.1万人,就业困难人员就业4,500人。",
          q(32_000, "人"), q(11_000, "人"), q(4500, "人")),
    ]

    /// Every sentence of the round, for the measurement.
    static var all: [C] {
        shares + scores + ranges + rates + money + calendar + ordinals + changes + brackets + fullWidth + chinese + hedges
            + counts + mixed
    }

    /// Measured on main ad964b2 (121 sentences, 160 mentions): no wrong value, no extra mention, no lost hedge; 4
    /// mentions missed, each a whole Chinese-word class: a Chinese numeral before 分 (九十二分, 八十七点五分: 分 takes no
    /// Chinese numeral, for 十分 and 七分), 成 before a noun with no hedge (三成企业), and a tenth written 十分之一 (十分 is
    /// stoplisted before the fraction is read). Two expectations of mine were corrected after the run, before this
    /// commit, to the project's conventions: 1~2成 is 10–20 成 (as 两成 is 20), 千分之三 is 3 ‰.
    /// Fixed in bq5: the score words (units.json chineseContext of 分: 九十二分, 八十七点五分) and the stop list spared
    /// inside a fraction (十分之一), and a share in Chinese numerals before its noun (三成企业, units.json
    /// shareNotBefore).
    static let known: Set<String> = []

    /// Written after the fixes, to check they do not overreach (the 十分 cut ones after a probe found 二十分钟 dropped):
    /// a score word earlier in the clause lets a Chinese
    /// numeral carry 分 (not in the clause before, not 十分 "very" beside it), and 十分 inside a fraction is a tenth.
    static let afterFix: [C] = [
        C("考核得分:九十五分。", q(95, "分")),
        C("满分一百分,综合评分八十五分。", q(100, "分"), q(85, "分")),
        C("全年累计计分九分。", q(9, "分")),
        C("评估得分十分理想。"),
        C("考核得分较高,十分重视整改落实。"),
        C("得分情况良好,七分靠落实。"),
        C("三分靠政策,七分靠落实。"),
        C("这项工作十分重要。"),
        C("违法案件数量占全部案件的十分之三。", q(0.3, nil, kind: .other)),
        C("十分之重要的工作。"),
        C("约占三十分之一。", q(1.0 / 30.0, nil, approx: "约", kind: .other)),
        // A share before its noun: read after a Chinese numeral up to the whole, not before a word part of 成, not
        // after an Arabic figure or a lone 一.
        C("全县七成行政村建成文化广场。", q(70, "成")),
        C("两成家庭购买了商业保险。", q(20, "成")),
        C("全市三点五成企业开展研发活动。", q(35, "成")),
        C("协会五成员单位联合发布倡议。"),
        C("综合降低三成本项目支出。"),
        C("管理制度一成不变。"),
        C("吸纳20成员单位。"),
        C("十二成企业。"),
        C("三五成群地聚集。"),
        C("九成九的群众表示满意。"),
        // A stop-listed 十分 ("very") that the numeral's own spelling cuts: it begins after a numeral character
        // (二十分钟, 九十分) or ends inside a longer unit (十分钟); 十分 opening the numeral and ending with 分 stays out.
        C("考核得分九十分。", q(90, "分")),
        C("会议时长二十分钟。", q(20, "分钟")),
        C("平均用时三十分钟左右。", q(30, "分钟", approx: "左右")),
        C("得分七十分以上。", q(70, "分", approx: "以上")),
        C("步行十分钟可达。", q(10, "分钟")),
        C("群众十分满意,评价九十分。"),
        C("学习贯彻党的二十大精神。"),
    ]
}
