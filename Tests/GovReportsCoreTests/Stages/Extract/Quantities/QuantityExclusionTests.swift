import Testing
@testable import GovReportsCore

/// Dates, document numbers, ordinals, names and words with numeral characters: never quantities.
@Suite struct QuantityExclusionTests {
    /// Sentences in which nothing is a quantity.
    static let nothing: [String] = [
        "2022年以来,我局认真贯彻落实。",
        "4月11日,督查组来我局检查。",
        "截至11月底,工作全部完成。",
        "发布时间:2023-02-22 11:11",
        "20*年工作总结和20*年工作思路",
        "20××年依法行政工作报告",
        "2019年度法治政府建设情况报告",
        "印发《实施方案》(厦海政办〔2022〕12号)。",
        "印发实施方案(黔江府办﹝2019﹞48号文)。",
        "根据某市政发[2021]3号文件精神。",
        "一、主要举措和成效",
        "(一)加强组织领导",
        "1.健全决策机制",
        "2、完善监督体系",
        "(3)强化队伍建设",
        "一是完善制度。二是强化培训。",
        "切实履行第一责任人职责。",
        "依据第十条规定作出处罚。",
        "获得全市考核第3名。",
        "深入学习贯彻党的十九大和二十大精神。",
        "聚焦“532”发展战略。",
        "办理12345热线工单。",
        "严格落实“三项制度”。",
        "制定五张清单,明确权责。",
        "坚持四议两公开工作法。",
        "推行双随机一公开监管。",
        "推进一网通办、一窗通办。",
        "深化最多跑一次改革。",
        "进一步加强执法队伍建设。",
        "统一执法标准,推进一体化建设,是唯一途径。",
        "发放一次性生活补贴。",
        "实施安全生产三年行动。",
        "编制全面推进依法行政五年规划。",
        "坚决做到两个维护。",
        "对此项工作十分重视。",
        "万一发生突发事件要及时处置。",
        "加快5G基站建设。",
        "会议于下午3时30分召开。",
        "学习《2022年法治政府建设工作要点》。",
        "二〇二二年十月",
        "编制十四五规划。",
        "任命为二级调研员。",
        "2019-2022年发展规划",
        "1-10月固定资产投资结构趋稳。",
        "咨询电话0592-6051234。",
        "统一社会信用代码91350205MA2Y3X4K5P",
        "千方百计解决群众困难。",
        "优化三次产业结构。",
        "落实中央八项规定精神。",
        "推动“五个一批”工作。",
        "形成“两提高一降低”机制。",
        "办事群众“一趟不用跑”。",
        "建立一支专业队伍。",
        "建成一批示范点。",
        "二类疫苗接种点。",
        "零投诉、零纠纷。",
        "以下几个方面。",
        "版本号为2.0版。",
        "召开十九届四中全会。",
        "8时许到达现场。",
        "庆祝建党100周年。",
        "一级抓一级,层层抓落实。",
        "引进数十家企业。",
        "紧扣这两个关键词。",
        "上述三项工作均已完成。",
        "服务百姓,走进千家万户。",
        "有着百多年历史。",
        "培育几十个品牌。",
        "打造“15分钟公共法律服务圈”。",
        "聘请两三个专家。",
        "开展“6·26”国际禁毒日宣传。",
        "2023年1-6月",
        "12月5日至7日",
        "依据第 3 条规定。",
        "落实五级书记抓乡村振兴。",
        "建立三张清单制度。",
        "创建三级医院。",
        "2022 年工作回顾",
        "2022.12.31",
        "(2022)闽02行初123号",
    ]

    /// Each sentence yields no mention.
    @Test(arguments: nothing) func findsNothing(_ sentence: String) {
        let found = sharedQuantityScanner.scan(sentence)
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    /// Dates beside real quantities do not hide them.
    @Test func keepsQuantitiesBesideDates() {
        expectQuantities(QuantityCase("2022年11月,全区新成立社会组织27家,注销10家。",
                                      .init(27, "家", .count), .init(10, "家", .count)))
        expectQuantities(QuantityCase("(二)2023年计划新建15个站点", .init(15, "个", .count)))
        expectQuantities(QuantityCase("办理12345热线21件。", .init(21, "件", .count)))
        // A quotation mark left open does not silence the rest of the paragraph.
        expectQuantities(QuantityCase("他指出“要坚持以人民为中心的发展思想,持续推进法治政府建设工作,今年全区共办理行政许可事项3,260件。",
                                      .init(3260, "件", .count)))
        expectQuantities(QuantityCase("“双向邮寄”100%,受理及时。", .init(100, "%", .percent)))
    }
}
