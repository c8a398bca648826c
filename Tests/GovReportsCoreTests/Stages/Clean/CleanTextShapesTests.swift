import Foundation
import Testing
@testable import GovReportsCore

/// The line shapes and positions the text-chrome rules read (list markers, bracketed toolbars, a date or a column
/// name above the title, a footer's contact line, short and split titles), each next to the body line it must keep.
struct CleanTextShapesTests {
    /// Body paragraphs of an invented report.
    static let body = [
        "一、总体情况",
        "2023年，全县主动公开政府信息2316条，较上年增长8.4%。",
        "二、存在的主要问题及改进情况",
        "政策解读形式还不够丰富，下一步将增加图解和视频解读。",
    ]

    /// Cleans a text input made of `lines`.
    static func clean(_ lines: [String]) throws -> CleanedDocument {
        try CleanFixtures.cleaner().clean(Array(lines.joined(separator: "\n").utf8), record: CleanFixtures.record("t.txt"))
    }

    /// The kept lines of `doc`.
    static func kept(_ doc: CleanedDocument) -> [String] {
        doc.text.split(separator: "\n").map(String.init)
    }

    /// The rule that removed `line`, or nil when it was kept.
    static func rule(_ doc: CleanedDocument, _ line: String) -> String? {
        doc.removed.first { $0.line == line }?.rule
    }

    /// Markers of headings and items, and look-alikes that are none (a decimal, a date, `一是`, a note in brackets).
    @Test func listMarkers() {
        for line in ["（一）县政府门户网站", "一、打印复印费用", "1.首页改版", "12、关闭窗口", "(3)分享经验", "① 首页", "十二、其他"] {
            #expect(ListMarker.starts(line), "\(line)")
        }
        for line in ["1.5万元", "2024.1.5", "一是强化领导", "（注：本表数据）", "（2024年）", "首页", "12345"] {
            #expect(!ListMarker.starts(line), "\(line)")
        }
    }

    /// A heading a chrome rule matches stays, with a `chrome-like-line-kept` diagnostic naming it.
    @Test func listItemKeptWithDiagnostic() throws {
        let doc = try Self.clean(["某县2023年政务公开工作总结", "（一）县政府门户网站", "1.微信公众号"] + Self.body)
        #expect(Self.kept(doc).contains("（一）县政府门户网站"))
        #expect(Self.kept(doc).contains("1.微信公众号"))
        let note = doc.diagnostics.first { $0.code == .chromeLikeLineKept }
        #expect(note?.message.contains("（一）县政府门户网站") == true)
        let plain = try Self.clean(["某县2023年政务公开工作总结"] + Self.body)
        #expect(!plain.diagnostics.contains { $0.code == .chromeLikeLineKept })
    }

    /// Toolbars read group by group, in any bracket and letter-spaced; bracketed body text stays.
    @Test func bracketGroups() throws {
        let filter = try CleanFixtures.cleaner().lineFilter
        for line in ["〔打印〕〔关闭〕", "【 打 印 】 【 关 闭 】", "【字号：默认 大 超大】【视力保护色】", "「打印」「关闭」"] {
            #expect(filter.rule(for: line) != nil, "\(line)")
        }
        for line in ["【编者按】", "（三）关闭整治违规经营场所5个", "《中华人民共和国政府信息公开条例》", "【典型案例】打印服务窗口",
                     "（注：本表数据由县政务数据局提供）", "【打印】服务窗口12个", "〔2024〕3号", "云政办发〔2024〕3号",
                     "（完）", "（附件）", "[1]《中华人民共和国政府信息公开条例》"] {
            #expect(filter.rule(for: line) == nil, "\(line)")
        }
        #expect(ChromeLineFilter.joinedLetterSpacing(Array("字号 大 中 小".unicodeScalars)) == "字号 大中小")
        #expect(ChromeLineFilter.joinedLetterSpacing(Array(" 打 印 ".unicodeScalars)) == "打印")
    }

    /// Controls worded as whole words (`打印本文`, `A+ A A-`, `本文已被浏览 N 次`, English) go; prose with them stays.
    @Test func controlWordings() throws {
        let filter = try CleanFixtures.cleaner().lineFilter
        for line in ["打印本文 关闭本文", "A+ A A-", "本文已被浏览 1234 次", "阅读 2,356", "【Print】【Close】", "Print | Close | Top",
                     "本文链接：http://www.example.gov.cn/a.html", "信息提供：某镇司法所", "首页 | 政务公开 | 互动交流 | 办事服务",
                     "【我要打印】【关闭】", "【返回列表】", "关闭本页面", "【大】【中】【小】", "字号：【大】【中】【小】",
                     "【 字体：大 中 小 】", "（阅读：1234）", "阅读：", "扫一扫分享", "【字体：大 中 小】 【打印本页】 【关闭窗口】 【返回顶部】",
                     "【发布时间：2024-01-20】【来源：某局】【作者：某某】", "打印 收藏 关闭", "分享到： 微信 微博 QQ空间 更多",
                     "打印预览", "返回上一页", "【加入收藏】【打印】【关闭】", "首页 政务公开 政务服务 互动交流 走进云岭",
                     "网站维护：某县大数据中心", "维护单位：某县政务数据局  技术支持：某科技有限公司",
                     "发布时间：2024-01-20 10:30:00  来源：某县人民政府办公室  作者：某某某  浏览次数：123  【字体：大 中 小】【打印本页】【关闭窗口】"] {
            #expect(filter.rule(for: line) != nil, "\(line)")
        }
        for line in ["A", "打印机", "打印复印费用支出12万元", "在大厅设置自助打印终端12台，群众可自助打印证照。", "本文已被浏览1234次。",
                     "Close cooperation with universities", "首页改版", "阅读", "查看", "分享经验做法", "返回乡村创业", "首页 改版", "Top 10", "打印机、复印机等设备统一采购",
                     "A级旅游景区3家", "浏览器兼容性改造", "收藏家协会换届",
                     "来源：本报告数据来源于县统计局，发布时间为每年1月，作者为县政府办公室。"] {
            #expect(filter.rule(for: line) == nil, "\(line)")
        }
    }

    /// A date alone above the title is metadata; a date under the body (the signature's) stays.
    @Test func headDate() throws {
        let doc = try Self.clean(["2024年01月22日", "某县财政局2023年政府信息公开工作年度报告"] + Self.body + ["某县财政局", "2024年1月20日"])
        #expect(Self.rule(doc, "2024年01月22日") == EdgeTrimmer.headDateRule)
        #expect(Self.kept(doc).first == "某县财政局2023年政府信息公开工作年度报告")
        #expect(Self.kept(doc).last == "2024年1月20日")
        #expect(doc.page.published == "2024-01-22")
        #expect(EdgeTrimmer.isBareDate("[2024-01-22 09:30]"))
        #expect(!EdgeTrimmer.isBareDate("2024年1月"))
        #expect(!EdgeTrimmer.isBareDate("2024年预算"))
    }

    /// A report-kind column name between a breadcrumb and the title goes; a short title between a breadcrumb and the
    /// date line stays, and so does a title's first half above a `暨…` second half.
    @Test func columnNameAboveTitle() throws {
        let title = "红旗区2023年政府信息公开工作年度报告"
        let doc = try Self.clean(["首页 > 政务公开", "信息公开年报", title, "来源：区政府办"] + Self.body)
        #expect(Self.rule(doc, "信息公开年报") == EdgeTrimmer.columnRule)
        #expect(Self.kept(doc).first == title)
        let short = try Self.clean(["首页 > 政务公开", "工作总结", "发布时间：2024-01-05"] + Self.body)
        #expect(Self.kept(short).first == "工作总结")
        let split = try Self.clean(["首页 > 政务公开", "某局工作总结", "暨2024年工作计划安排方案"] + Self.body)
        #expect(Self.kept(split).prefix(2) == ["某局工作总结", "暨2024年工作计划安排方案"])
        let guide = try Self.clean(["首页 > 政务公开 > 指南", "政务公开指南", "来源：县政务公开办"] + Self.body)
        #expect(Self.kept(guide).first == "政务公开指南")
    }

    /// A contact line between footer lines goes; the report's own contact lines above the toolbar stay.
    @Test func footerContactLine() throws {
        let footer = try Self.clean(["某局2023年工作总结"] + Self.body
            + ["主办单位：某区人民政府办公室", "地址：某区人民路1号  邮编：410000  联系电话：0731-12345678", "网站标识码：4301000002"])
        #expect(Self.rule(footer, "地址：某区人民路1号  邮编：410000  联系电话：0731-12345678") != nil)
        let own = try Self.clean(["某局2023年工作总结"] + Self.body
            + ["六、联系方式", "联系地址：某县人民路8号", "咨询电话：0871-1234567", "【打印】 【关闭】", "版权所有 某县人民政府"])
        #expect(Self.kept(own).suffix(2) == ["联系地址：某县人民路8号", "咨询电话：0871-1234567"])
    }

    /// Titles: a tail on the next line joins; a kind-named title needs no report word; a whole title keeps the short
    /// line under it as body.
    @Test func textTitles() {
        let merger = TitleMerger()
        let split = merger.merge(lines: ["南岗市生态环境局2023年度法治政府建设工作", "情况报告", "一、主要举措"], pageTitle: nil)
        #expect(split.title == "南岗市生态环境局2023年度法治政府建设工作情况报告")
        #expect(split.body == ["一、主要举措"])
        let whole = merger.merge(lines: ["某县2023年政府信息公开工作年度报告", "工作要点", "一、总体情况"], pageTitle: nil)
        #expect(whole.title == "某县2023年政府信息公开工作年度报告")
        #expect(whole.body.first == "工作要点")
        let notice = merger.merge(lines: ["关于进一步规范行政执法行为的通知", "各县区："], pageTitle: nil)
        #expect(notice.title == "关于进一步规范行政执法行为的通知")
        let situation = merger.merge(lines: ["某县2023年法治政府建设情况", "工作要点", "（一）强化领导"], pageTitle: nil)
        #expect(situation.title == "某县2023年法治政府建设情况")
        #expect(situation.body.first == "工作要点")
        let open = merger.merge(lines: ["某局2023年工作", "一、总体情况"], pageTitle: nil)
        #expect(open.title == "某局2023年工作")
        #expect(open.body == ["一、总体情况"])
    }
}
