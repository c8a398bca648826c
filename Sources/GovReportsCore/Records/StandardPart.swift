/// The four standard parts of a 法治政府建设年度报告, plus everything else.
public enum StandardPart: String, Codable, Sendable, CaseIterable {
    /// 主要举措和成效 / 主要做法 / 工作成效.
    case measures
    /// 党政主要负责人履行推进法治建设第一责任人职责.
    case leaderDuty = "leader_duty"
    /// 存在的问题 / 不足.
    case problems
    /// 下一年度工作安排 / 计划 / 思路.
    case plan
    /// Any other top-level section.
    case other
}
