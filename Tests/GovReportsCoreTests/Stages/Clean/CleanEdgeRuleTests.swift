import Foundation
import Testing
@testable import GovReportsCore

/// Single-page rules that generalize: toolbar runs, short lines between chrome at the edges, captions, bylines,
/// editor lines and trailing related-link or legal-notice blocks (all texts written for these tests).
struct CleanEdgeRuleTests {
    /// Cleans a text input made of `lines`.
    static func clean(_ lines: [String]) throws -> CleanedDocument {
        try CleanFixtures.cleaner().clean(Array(lines.joined(separator: "\n").utf8), record: CleanFixtures.record("t.txt"))
    }

    /// Body paragraphs of an invented report.
    static let body = [
        "一、2025年工作回顾",
        "过去一年，全区上下围绕法治政府建设目标，完成年度重点任务32项，群众满意度达到96.5%。",
        "二是加强执法监督，组织案卷评查两轮，抽查案卷300卷，整改问题47个。",
        "三是深化普法宣传，开展主题活动85场，发放宣传资料2.4万份。",
    ]

    /// A toolbar spread over lines of its own, portal section names and a caption before the title go; the title
    /// survives and becomes the first line.
    @Test func headToolbarRunAndSectionNamesGo() throws {
        let lines = ["首页 > 政务公开 > 法治政府", "政务要闻", "【", "大", "中", "小", "】", "视力保护色", "打印", "关闭",
                     "某区人民政府2026年法治政府建设年度报告", "来源：区司法局  发布时间：2026-01-20"] + Self.body
            + ["责任编辑：王某某", "（记者 刘某某）", "相关报道", "某区召开法治政府建设推进会", "某区发布2025年度普法清单"]
        let doc = try Self.clean(lines)
        let kept = doc.text.split(separator: "\n").map(String.init)
        #expect(kept.first == "某区人民政府2026年法治政府建设年度报告")
        for chrome in ["政务要闻", "【", "大", "】", "视力保护色", "责任编辑", "记者 刘某某", "相关报道", "推进会", "普法清单"] {
            #expect(!doc.text.contains(chrome), "kept \(chrome)")
        }
        for line in Self.body { #expect(kept.contains(line), "lost \(line)") }
        #expect(doc.page.published == "2026-01-20")
    }

    /// A photo caption with a photographer's credit goes even though it holds a sentence; body sentences that
    /// mention 记者 stay.
    @Test func captionsGoProseStays() throws {
        let lines = Self.body + ["区长在会上作政府工作报告。本报记者 陈某 摄",
                                 "会议邀请了新闻记者、人大代表和群众代表列席旁听，共计120人参加。"]
        let doc = try Self.clean(lines)
        #expect(!doc.text.contains("陈某 摄"))
        #expect(doc.text.contains("会议邀请了新闻记者"))
    }

    /// A related-link heading in the middle of the body (followed by more prose) is not a tail block.
    @Test func relatedHeadingInsideBodyKeepsWhatFollows() throws {
        let lines = [Self.body[0], "相关解读："] + Self.body.dropFirst() + ["某区司法局", "2026年1月15日"]
        let doc = try Self.clean(lines)
        for line in Self.body.dropFirst() { #expect(doc.text.contains(line)) }
        #expect(doc.text.contains("2026年1月15日"))
    }

    /// A list of links under a "more" or column-latest heading (`更多>>`, `本栏目最新`, `相关推荐`) after the body goes
    /// as a related block; under the same heading in the middle of the body, or followed by sentences, it stays.
    @Test func moreAndLatestHeadingsEndTheBody() throws {
        let items = ["全县规模以上工业增加值增长7.7% 2024-02-27", "某县召开2024年统计工作会议部署12项重点任务"]
        for heading in ["更多>>", "本栏目最新", "【相关推荐】", "最新文章：", "查看更多"] {
            let doc = try Self.clean(Self.body + ["某区司法局", "2026年1月15日", heading] + items)
            #expect(!doc.text.contains("12项重点任务"), "\(heading)")
            #expect(!doc.text.contains("增长7.7%"), "\(heading)")
            #expect(doc.text.contains("2026年1月15日"), "\(heading)")
        }
        let middle = try Self.clean([Self.body[0], "最新文章"] + Self.body.dropFirst() + ["某区司法局", "2026年1月15日"])
        for line in Self.body.dropFirst() { #expect(middle.text.contains(line)) }
        let prose = try Self.clean(Self.body + ["更多", "下一步，我们将继续深化法治政府建设，完成年度任务。"])
        #expect(prose.text.contains("下一步，我们将继续深化法治政府建设，完成年度任务。"))
    }

    /// A site's legal notice after the body goes with everything after it, whatever its sentences say.
    @Test func trailingLegalNoticeGoes() throws {
        let lines = Self.body + ["免责声明", "1.凡本网注明来源的作品，版权均属本网所有，转载时须注明出处。",
                                 "2.本网转载的作品仅为传递信息，不代表本网观点。"]
        let doc = try Self.clean(lines)
        #expect(!doc.text.contains("免责声明"))
        #expect(!doc.text.contains("不代表本网观点"))
        #expect(doc.text.contains(Self.body[3]))
    }

    /// A table's header cells at the start of a body are a long run of short lines and stay.
    @Test func tableHeaderRunStays() throws {
        let lines = ["微博", "微信", "序号", "当事人", "案由", "处罚内容", "决定机关", "1", "某某商贸有限公司", "罚款3万元"]
        let doc = try Self.clean(lines)
        #expect(!doc.text.contains("微博"))
        #expect(doc.text.hasPrefix("序号"))
    }
}
