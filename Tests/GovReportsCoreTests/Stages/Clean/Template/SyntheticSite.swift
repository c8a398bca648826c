import Foundation

/// A synthetic portal whose text pages share five template lines (three above the title, two at the foot), a
/// sixth on the pages of one topic, two body headings and a body sentence, around text of their own.
enum SyntheticSite {
    /// The template lines every page carries.
    static let templateLines = ["站群导航 部门网站 区县网站", "民生服务 办事大厅", "政民互动 留言选登",
                                "城市名片 走进某市 投资指南", "地址:某市人民路1号 邮编:310000"]
    /// The line only topical pages carry, as their last line.
    static let topicalLine = "专题专栏 营商环境"
    /// Body headings every report has.
    static let headings = ["一、2025年工作回顾", "二、2026年工作安排"]
    /// A body sentence every report repeats.
    static let sharedSentence = "全市统计工作坚持依法统计、依法治统,数据质量稳步提高。"
    /// The signing agency, the same on every page (followed by a date of each page's own).
    static let agency = "某市统计局"

    /// Page `n`'s lines; `topical` pages end with `topicalLine`.
    static func lines(_ n: Int, topical: Bool) -> [String] {
        [templateLines[0], templateLines[1], templateLines[2],
         "某市2025年第\(n)期统计分析报告",
         headings[0],
         "2025年,全市第\(n)片区完成固定资产投资\(n * 3 + 10)亿元,同比增长\(n).5%。",
         sharedSentence,
         "第\(n)片区新登记市场主体\(n * 7 + 100)户,较上年增加\(n + 4)户。",
         headings[1],
         "2026年,第\(n)片区计划实施项目\(n + 20)个。",
         agency, "2026年1月\(n)日",
         templateLines[3], templateLines[4]] + (topical ? [topicalLine] : [])
    }

    /// Page `n` as a text file; pages 1–12 are topical.
    static func text(_ n: Int) -> String {
        lines(n, topical: n <= 12).joined(separator: "\n") + "\n"
    }
}
