import Foundation

/// Writes N realistic report pages (several CMS-like templates with chrome, UTF-8 and GBK mixed) from a seed.
public struct BenchCorpusGenerator {
    /// Random seed; the same seed gives byte-identical files.
    public let seed: UInt64

    /// Creates a generator.
    public init(seed: UInt64 = 42) {
        self.seed = seed
    }

    /// Place names used for agencies (real county-level divisions).
    static let places = ["厦门市海沧区", "福州市鼓楼区", "重庆市黔江区", "杭州市西湖区", "衢州市柯城区", "常州市武进区",
                         "深圳市龙岗区", "宁波市鄞州区", "成都市武侯区", "南京市玄武区", "江山市", "义乌市"]
    /// Agency suffixes.
    static let bodies = ["民政局", "司法局", "市场监督管理局", "人力资源和社会保障局", "生态环境局", "人民政府"]
    /// Sentence templates; `#` marks a number slot filled with a quantity.
    static let sentences = [
        "全年共办理行政许可#件,按时办结率#,群众满意度达#。",
        "组织开展法治宣传活动#场,发放宣传资料#份,受益群众#人次。",
        "受理行政复议申请#件,审结#件,其中维持#件、撤销#件。",
        "出台行政规范性文件#件,报送备案#件,备案审查率#。",
        "主动公开政府信息#条,召开新闻发布会#次,回应社会关切#条。",
        "落实资金#万元,较上年增长#,惠及困难群众#户。",
        "新登记社会组织#家,注销#家,抽查社会组织#家。",
        "组织领导干部集中学法#次,开展执法人员培训#期,参训#人次。",
        "办理信访事项#件,化解矛盾纠纷#起,调解成功率#。",
        "梳理权责清单事项#项,精简审批环节#个,压缩办理时限#个工作日。",
        "依法查处违法案件#起,罚没款#万元,移送司法机关#件。",
        "建成便民服务站点#个,覆盖率达#,群众办事平均跑动次数降至#次。",
    ]
    /// Filler sentences without numbers (most report text is prose).
    static let prose = [
        "坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,扎实推进法治政府建设。",
        "严格落实重大行政决策程序规定,健全公众参与、专家论证、风险评估、合法性审查和集体讨论决定制度。",
        "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度,规范行政执法行为。",
        "持续深化“放管服”改革,推进政务服务标准化、规范化、便利化,优化法治化营商环境。",
        "加强行政执法监督,健全执法责任制和责任追究制度,切实做到严格规范公正文明执法。",
        "认真落实“谁执法谁普法”普法责任制,推动法治宣传教育进机关、进社区、进企业、进学校。",
        "自觉接受人大法律监督、政协民主监督、司法监督和社会监督,认真办理人大代表建议和政协委员提案。",
        "建立健全矛盾纠纷多元化解机制,发挥人民调解、行政调解、司法调解的联动作用。",
        "把法治政府建设纳入年度工作要点和绩效考核内容,与业务工作同部署、同推进、同考核。",
        "主要负责人切实履行推进法治建设第一责任人职责,定期听取法治政府建设工作汇报,研究解决重大问题。",
        "完善法律顾问和公职律师工作机制,重大决策、重要合同和信访疑难案件均经法律顾问审查把关。",
        "推进行政执法与刑事司法衔接,健全案件移送标准和程序,防止有案不移、以罚代刑。",
        "规范行政规范性文件制定程序,严格落实合法性审核和备案审查制度,定期开展文件清理。",
        "加强政务诚信建设,健全守信激励和失信惩戒机制,推动信用信息依法归集共享。",
        "对照群众反映强烈的突出问题,开展专项整治,推动执法司法规范化水平持续提升。",
        "法治队伍建设仍需加强,部分执法人员运用法治思维和法治方式解决问题的能力有待提高。",
        "下一步,将继续围绕中心、服务大局,不断提升依法行政能力,为经济社会高质量发展提供法治保障。",
        "同时,行政执法信息化水平不高,执法数据共享不充分,基层执法力量相对薄弱。",
    ]
    /// Chance that a prose sentence is followed by a sentence with numbers. Calibrated so the corpus has about one
    /// quantity per 350 bytes of body text, as the seed reports have (`../shared/seeds`: 153 gold quantities in
    /// 52,657 bytes); real pages are sparser still (3 pages in `../shared/realpages`: one per ~900 bytes).
    static let numberSentenceChance = 0.17
    /// Headings of the four standard parts.
    static let parts = ["一、推进法治政府建设的主要举措和成效", "二、党政主要负责人履行推进法治建设第一责任人职责情况",
                        "三、存在的不足和原因", "四、下一年度推进法治政府建设的主要安排"]
    /// Chinese ordinals for level-2 headings.
    static let ordinals = ["一", "二", "三", "四", "五", "六"]

    /// Writes `count` pages into `folder`; returns the total bytes written.
    @discardableResult
    public func generate(count: Int, into folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var rng = SeededGenerator(seed: seed)
        var total = 0
        for i in 0..<count {
            let page = makePage(index: i, rng: &rng)
            let name = String(format: "report-%06d.html", i)
            let bytes = page.gbk ? try Self.encodeGB18030(page.html) : Array(page.html.utf8)
            try Data(bytes).write(to: folder.appendingPathComponent(name))
            total += bytes.count
        }
        return total
    }

    /// Builds one page: template chosen at random, about a third encoded as GBK.
    func makePage(index: Int, rng: inout SeededGenerator) -> (html: String, gbk: Bool) {
        let place = Self.places.randomElement(using: &rng)!
        let agency = place + Self.bodies.randomElement(using: &rng)!
        let year = Int.random(in: 2018...2024, using: &rng)
        let title = "\(agency)\(year)年度法治政府建设工作报告"
        var body: [String] = ["区委、区政府:", "\(year)年,\(agency)在上级党委政府的坚强领导下,现将有关情况报告如下。"]
        for (p, heading) in Self.parts.enumerated() {
            body.append(heading)
            let subsections = p == 0 ? Int.random(in: 3...6, using: &rng) : Int.random(in: 1...3, using: &rng)
            for s in 0..<subsections {
                var para = "(\(Self.ordinals[s]))" + ["加强组织领导", "规范行政执法", "深化政务公开", "强化权力监督", "化解矛盾纠纷", "加强法治宣传"][s] + "。"
                for _ in 0..<Int.random(in: 3...7, using: &rng) {
                    para += Self.prose.randomElement(using: &rng)!
                    if Double.random(in: 0..<1, using: &rng) < Self.numberSentenceChance {
                        para += fill(Self.sentences.randomElement(using: &rng)!, rng: &rng)
                    }
                }
                body.append(para)
            }
        }
        let month = Int.random(in: 1...3, using: &rng), day = Int.random(in: 1...28, using: &rng)
        body.append(agency)
        body.append("\(year + 1)年\(month)月\(day)日")
        let gbk = index % 3 == 1
        let template = index % 3
        return (BenchTemplates.render(template: template, title: title, agency: agency, body: body,
                                      published: String(format: "%04d-%02d-%02d", year + 1, month, day), gbk: gbk,
                                      rng: &rng), gbk)
    }

    /// Fills each `#` with a number in one of the forms reports use.
    func fill(_ template: String, rng: inout SeededGenerator) -> String {
        var out = ""
        for ch in template {
            guard ch == "#" else { out.append(ch); continue }
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: out += "\(Int.random(in: 1...99, using: &rng)).\(Int.random(in: 1...9, using: &rng))%"
            case 1: out += "\(Int.random(in: 10...90, using: &rng))余"
            case 2: out += "\(Int.random(in: 1...9, using: &rng)),\(Int.random(in: 100...999, using: &rng))"
            case 3: out += "近\(Int.random(in: 2...20, using: &rng) * 10)"
            case 4: out += "\(Int.random(in: 1...30, using: &rng)).\(Int.random(in: 10...99, using: &rng))"
            default: out += "\(Int.random(in: 1...500, using: &rng))"
            }
        }
        return out
    }

    /// Encodes UTF-8 text as GB18030 with iconv (every generated character is encodable).
    static func encodeGB18030(_ text: String) throws -> [UInt8] {
        guard let cd = Optional(iconv_open("GB18030", "UTF-8")), cd != iconv_t(bitPattern: -1) else {
            throw CocoaError(.fileWriteInapplicableStringEncoding)
        }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return rc == -1 ? -1 : outBuf.count - outLeft
            }
        }
        guard produced >= 0 else { throw CocoaError(.fileWriteInapplicableStringEncoding) }
        return Array(output.prefix(produced))
    }
}
