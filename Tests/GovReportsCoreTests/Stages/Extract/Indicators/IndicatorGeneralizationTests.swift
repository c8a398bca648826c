import Foundation
import Testing
@testable import GovReportsCore

/// Codebook indicators on sentences written for these tests (none from `../shared`), worded and built unlike the seed
/// reports: the whole chain runs on each sentence as a one-paragraph text report, so the quantity scanner and the
/// matcher are tested together, as a held-out report meets them. Scored as the gold is: a `must` instance has to be
/// found, a `may` instance (an arguable reading) may be, and anything else found is a false positive.
@Suite struct IndicatorGeneralizationTests {
    /// One sentence: the instances it must yield and the ones it may yield, as `indicator=value`.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The sentence.
        let text: String
        /// Instances that must be found.
        let must: Set<String>
        /// Instances that may be found.
        let may: Set<String>
        /// A short label for the test report.
        var testDescription: String { String(text.prefix(24)) }

        /// A case.
        init(_ text: String, _ must: [String] = [], may: [String] = []) {
            self.text = text
            self.must = Set(must)
            self.may = Set(may)
        }
    }

    /// A title line that names no indicator, placed above each sentence.
    static let title = "某县人民政府2023年度法治政府建设情况报告"

    /// The instances the chain finds in `sentence`, as `indicator=value`.
    static func found(_ sentence: String) throws -> Set<String> {
        let x = try TextsAsWrittenTests.pipeline.run(Array("\(title)\n\(sentence)\n".utf8), source: "indicator.txt").extracted
        return Set(x.indicators.map { "\($0.indicator)=\(Cell.format($0.value))" })
    }

    /// Sentences for every kind of indicator, phrased and ordered in ways the seeds do not use.
    static let cases: [Case] = [
        // Normative documents issued, filed and cleaned up.
        Case("全年共印发行政规范性文件8件。", ["normative_docs_issued=8"]),
        Case("制定出台《某县行政规范性文件管理办法》等规范性文件5份。", ["normative_docs_issued=5"]),
        Case("向市政府和市人大常委会报备规范性文件6件，报备率100%。", ["normative_docs_filed=6"]),
        Case("全年备案审查规范性文件9件，纠正2件。", ["normative_docs_filed=9"]),
        Case("开展规范性文件专项清理，共清理文件215件，废止12件、修改8件。", ["normative_docs_cleaned=215"]),
        // Licensing cases and item types.
        Case("全年共受理行政许可申请3560件，办结3560件，按时办结率100%。", ["licensing_handled=3560"]),
        Case("作出准予行政许可决定876件。", ["licensing_handled=876"]),
        Case("公布行政许可事项清单，共保留行政许可事项126项。", ["licensing_items=126"]),
        Case("行政许可事项办理时限平均压缩60%。"),
        // Power lists and service items.
        Case("动态调整权责清单，梳理行政权力事项2863项。", ["power_list_items=2863"]),
        Case("推动1386项政务服务事项进驻政务服务中心。", ["service_items=1386"]),
        Case("进驻大厅事项达到856项，实现一窗受理。", ["service_items=856"]),
        // Reconsideration and litigation.
        Case("本年度共收到行政复议申请45件，依法受理41件。", ["reconsideration_cases=45"], may: ["reconsideration_cases=41"]),
        Case("办理行政复议案件23件，其中维持17件、撤销2件、确认违法1件。", ["reconsideration_cases=23"]),
        Case("本年度受理复议案件共计19件。", ["reconsideration_cases=19"]),
        Case("推动行政复议体制改革，复议案件办理时限缩短至45天。"),
        Case("全年共发生行政诉讼案件31件，较上年下降12%。", ["litigation_cases=31"]),
        Case("本机关作为被告的一审行政应诉案件16件，败诉1件。", ["litigation_cases=16"]),
        Case("行政机关负责人出庭应诉率达100%。"),
        // Penalties and enforcement.
        Case("全年作出行政处罚决定215件，罚没款金额86.3万元。", ["penalty_cases=215"]),
        Case("适用不予处罚清单，对轻微违法行为不予处罚37件。"),
        Case("全年立案查处各类违法案件432起，结案418起。", ["enforcement_cases=432"]),
        Case("移送公安机关涉嫌犯罪案件6件。"),
        Case("开展执法案卷评查，评查案卷150卷。"),
        Case("全县共有持证执法人员286名。", ["enforcement_staff=286"]),
        // Disputes.
        Case("成功化解信访积案15件。", ["disputes_resolved=15"]),
        Case("累计化解劳动争议案件88件。", ["disputes_resolved=88"]),
        Case("人民调解组织共受理纠纷560件。"),
        // Disclosure.
        Case("全年主动公开政府信息2315条。", ["info_disclosed=2315"]),
        Case("全年共受理政府信息公开申请127件，均在法定期限内答复。", ["info_requests=127"]),
        // Press and publicity.
        Case("召开新闻发布会6场，回应社会关切。", ["press_conferences=6"]),
        Case("2023年12月召开新闻发布会。"),
        Case("开展宪法宣传周等普法宣传活动56场次。", ["publicity_events=56"]),
        Case("深入开展八五普法，举办以案释法活动18次。", ["publicity_events=18"]),
        Case("全年开展送法进乡村、进企业活动135次。", ["publicity_events=135"]),
        Case("共有12个乡镇开展普法宣传。"),
        Case("发放宣传资料1.5万余份，解答群众咨询3200人次。", ["publicity_materials=15000"]),
        Case("编印《民法典》读本3000册并免费发放。", ["publicity_materials=3000"]),
        Case("发放《法律明白人手册》等资料2000余本。", ["publicity_materials=2000"]),
        // Study and training.
        Case("局党组会前学法12次，中心组专题学法4次。", ["study_sessions=12", "study_sessions=4"]),
        Case("举办领导干部法治讲座3期。", ["study_sessions=3"]),
        Case("组织全体执法人员参加行政执法培训，参训人员达320人次。", ["trainees=320"]),
        Case("举办法治培训班5期，培训干部650名。", ["trainees=650"]),
        Case("组织执法人员参加法律知识考试，参考率100%，合格率98%。"),
        // Social organizations.
        Case("全年新登记社会组织23家，注销9家。", ["orgs_registered=23", "orgs_deregistered=9"]),
        Case("依法撤销登记社会组织4个。", ["orgs_deregistered=4"]),
        Case("对58家社会组织开展年度检查。", ["orgs_inspected=58"]),
        Case("截至年底，全区共有登记社会组织612家。"),
        // Satisfaction.
        Case("群众满意度达98.6%。", ["satisfaction_rate=98.6"]),
        Case("窗口服务好评率99.2%，群众满意率保持在95%以上。", ["satisfaction_rate=99.2", "satisfaction_rate=95"]),
        Case("满意度测评覆盖群众1200人。"),
        // Legality reviews, decisions, advisers, legal aid.
        Case("全年对区政府合同、协议进行合法性审查87件。", ["legality_reviews=87"]),
        Case("全年共作出重大行政决策9项，均严格履行法定程序。", ["major_decisions=9"]),
        Case("聘请法律顾问5名，设立公职律师12名。", ["legal_advisers=5", "public_lawyers=12"]),
        Case("法律顾问全年出具法律意见书65份。"),
        Case("办理法律援助案件1136件，提供法律咨询8900余人次。", ["legal_aid_cases=1136"]),
        // Harder shapes: the measure named after the number, spaces, 万, Chinese numerals, totals before parts.
        Case("行政复议案件数量为21件，同比增长10.5%。", ["reconsideration_cases=21"]),
        Case("受理行政复议 18 件，办结 18 件。", ["reconsideration_cases=18"]),
        Case("复议申请量同比增长30%，达52件。", ["reconsideration_cases=52"]),
        Case("全年行政诉讼一审收案27件，审结25件。", ["litigation_cases=27"]),
        Case("共办理各类审批事项2.3万件，即办件占比65%。", ["licensing_handled=23000"]),
        Case("依法查处违法案件1,286起。", ["enforcement_cases=1286"]),
        Case("累计发放普法宣传册一万余册。", may: ["publicity_materials=10000"]),
        Case("新成立社会组织十二家。", may: ["orgs_registered=12"]),
        Case("办理法律援助案件共计2,015件（其中刑事案件612件）。", ["legal_aid_cases=2015"]),
        Case("主动公开各类政府信息共1.2万条，其中政策文件326条。", ["info_disclosed=12000"]),
        Case("全年新增社会组织31家，其中社会团体12家、民办非企业单位19家。", ["orgs_registered=31"]),
        Case("共对136家社会组织进行抽查审计，约谈负责人8人。", ["orgs_inspected=136"]),
        Case("开展法治宣传进机关、进学校等活动两百余场。", may: ["publicity_events=200"]),
        Case("举办新闻发布会和政策吹风会共9场。", ["press_conferences=9"]),
        Case("对全市72个行政执法单位开展执法检查。"),
        Case("执法人员培训覆盖率达100%。"),
        Case("全年参加法治培训的干部共计1,350人次，较上年增加200人次。", ["trainees=1350"]),
        Case("新增持证执法人员45名，全县持证执法人员达到512名。", ["enforcement_staff=512"]),
        Case("公职律师由2022年的8名增加到15名。", ["public_lawyers=15"]),
        Case("重大行政决策事项目录共列入决策事项6项。", ["major_decisions=6"]),
        Case("全年收到群众来信来访1020件次，办结率98%。"),
        Case("组织旁听庭审活动2次，参加人员85人。", may: ["study_sessions=2"]),
        Case("政府门户网站全年访问量达56万人次。"),
        Case("设立12个法律服务工作站，年接待群众咨询3600人次。"),
        Case("全区现有律师事务所23家、执业律师186名。"),
        Case("行政许可平均办理时间由7个工作日缩短至3个工作日。"),
        Case("组织开展行政处罚案卷评查40卷，合格率95%。"),
        Case("处罚金额共计125.6万元。"),
        Case("全年化解矛盾纠纷一千二百余件。", may: ["disputes_resolved=1200"]),
        Case("调处各类矛盾纠纷 1268 件，调解成功 1230 件。", ["disputes_resolved=1268"], may: ["disputes_resolved=1230"]),
        // Changes, goals and baselines are no instance; the level they lead to is, read with the clause before it.
        Case("办理行政复议案件同比增加5件。"),
        Case("行政复议案件比上年减少3件，为27件。", ["reconsideration_cases=27"]),
        Case("行政诉讼案件较上年下降20%，共14件。", ["litigation_cases=14"]),
        Case("计划全年培训执法人员500人次。"),
        Case("力争全年化解矛盾纠纷300件。"),
        Case("完成年度培训计划，培训执法人员420人次。", ["trainees=420"]),
        Case("组织法治培训12期，共1500人次。", ["trainees=1500"]),
        Case("全年新登记社会组织23家，共612家。", ["orgs_registered=23"]),
        Case("法律顾问从3家增至5家。", ["legal_advisers=5"]),
        Case("主动公开政府信息由上年的1800条增加到2100条。", ["info_disclosed=2100"]),
        Case("受理行政复议申请30件，审结25件，比上年增加5件。", ["reconsideration_cases=30"]),
        // Sentences that name no indicator's measure.
        Case("全面落实行政执法三项制度。"),
        Case("印发《某区2023年普法依法治理工作要点》。"),
    ]

    /// Every `must` instance is found and nothing outside `must` and `may` is.
    @Test(arguments: cases) func sentence(_ c: Case) throws {
        let found = try Self.found(c.text)
        #expect(c.must.subtracting(found).isEmpty, "missed \(c.must.subtracting(found).sorted()) in \(c.text)")
        let wrong = found.subtracting(c.must).subtracting(c.may)
        #expect(wrong.isEmpty, "wrong \(wrong.sorted()) in \(c.text)")
    }
}
