import Testing
@testable import GovReportsCore

/// 多 and 少 right after a comparison state a change (`比上年多3次`); elsewhere they are no verb.
@Suite struct QuantityComparativeTests {
    /// (sentence, the change of its first mention).
    static let cases: [(String, QuantityChange?)] = [
        ("召开新闻发布会的次数比上年多3次。", .increase),
        ("受理复议案件较上年少2件。", .decrease),
        ("新登记社会组织同比多5家。", .increase),
        ("较上年同期少4件。", .decrease),
        ("全年召开发布会3次多。", nil),
        ("多部门联合开展检查12次。", nil),
        ("减少审批环节多达6个。", nil),
    ]

    /// Each sentence's first mention has the expected change.
    @Test(arguments: cases.indices) func comparative(_ i: Int) {
        let (sentence, change) = Self.cases[i]
        let found = sharedQuantityScanner.scan(sentence)
        #expect(found.first?.change == change, "\(sentence): \(found.map { "\($0.text) \($0.change?.rawValue ?? "-")" })")
    }
}
