import Testing
@testable import GovReportsCore

/// The head of a text input, where a date line is a publication date. Invented lines.
@Suite struct TextHeadTests {
    /// An issuer block under the title is head; the head ends at the first sentence.
    @Test func issuerBlockUnderTitle() {
        let lines = ["甲县2024年统计公报", "甲县统计局", "2025年3月2日", "2024年，全县经济平稳。", "乙", "2025年3月9日"]
        #expect(TextHead.dateLines(lines, limit: 10) == ["甲县2024年统计公报", "甲县统计局", "2025年3月2日"])
    }

    /// In a short report the signature date lies within the limit, but after the first sentence and last: no head.
    @Test func shortReportSignature() {
        let lines = ["甲中心2024年度工作报告", "2024年，中心依法行政。", "一、成效", "办理事项12万件", "甲中心", "2025年1月6日"]
        #expect(TextHead.dateLines(lines, limit: 10) == ["甲中心2024年度工作报告"])
        // Without any sentence the last line is still no head line.
        #expect(TextHead.dateLines(["甲中心工作报告", "甲中心", "2025年1月6日"], limit: 10) == ["甲中心工作报告", "甲中心"])
    }

    /// A numbered heading starts the body even when no line has a sentence end.
    @Test func headingEndsHead() {
        let lines = ["甲中心工作报告", "一、主要成效", "办理事项12万件", "甲中心", "2025年1月6日", "（此件公开发布）"]
        #expect(TextHead.dateLines(lines, limit: 10) == ["甲中心工作报告"])
    }
}
