import Testing
@testable import GovReportsCore

/// A later item of a `、` list under one verb names only its object (`审核规范性文件14件、行政合同协议63份`, the
/// reports-blind round-8 class of e44): the list's head lends it the verb. An item with a word of its own, one whose
/// own clause already reads, and one with nothing of the trigger borrow nothing. Invented sentences.
@Suite struct IndicatorListItemTests {
    /// Shorthand for the shared matcher fixture.
    static func run(_ text: String, _ mentions: [(String, Double, String?)]) -> [String] {
        IndicatorMatcherTests.run(text, mentions)
    }

    /// The object of the second (and third) item completes the trigger its head's verb began.
    @Test func laterItemsBorrowTheVerb() {
        #expect(Self.run("全年审核区政府及部门规范性文件14件、行政合同协议63份，提出法律意见95条。",
                         [("14件", 14, "件"), ("63份", 63, "份"), ("95条", 95, "条")])
            == ["legality_reviews=14", "legality_reviews=63"])
        #expect(Self.run("审查规范性文件8件、合同12份、协议5份。", [("8件", 8, "件"), ("12份", 12, "份"), ("5份", 5, "份")])
            == ["legality_reviews=8", "legality_reviews=12", "legality_reviews=5"], "the head is found over two items")
    }

    /// Must not fire: an item whose own clause names another measure keeps it; an item with a verb or word of its
    /// own (an exclusion, 上年结转) borrows nothing; an item with no word of the trigger, or after a comma, reads alone.
    @Test func itemsThatBorrowNothing() {
        #expect(Self.run("受理行政复议申请5件、行政诉讼案件3件。", [("5件", 5, "件"), ("3件", 3, "件")])
            == ["reconsideration_cases=5", "litigation_cases=3"])
        #expect(Self.run("办理行政许可1200件、行政处罚案件30件。", [("1200件", 1200, "件"), ("30件", 30, "件")])
            == ["licensing_handled=1200", "penalty_cases=30"])
        #expect(Self.run("共受理行政复议申请12件、审结8件。", [("12件", 12, "件"), ("8件", 8, "件")])
            == ["reconsideration_cases=12"])
        #expect(Self.run("收到政府信息公开申请64件、上年结转3件。", [("64件", 64, "件"), ("3件", 3, "件")])
            == ["info_requests=64"])
        #expect(Self.run("审核文件14件、印发文件5件。", [("14件", 14, "件"), ("5件", 5, "件")])
            == ["legality_reviews=14"], "印发 is the item's own verb")
        #expect(Self.run("审核规范性文件14件、出具书面意见63份。", [("14件", 14, "件"), ("63份", 63, "份")])
            == ["legality_reviews=14"], "no word of the trigger in the item")
        #expect(Self.run("审核规范性文件14件，行政合同协议63份。", [("14件", 14, "件"), ("63份", 63, "份")])
            == ["legality_reviews=14"], "a comma ends the list")
    }

    /// The head's verb governs later items: an exclusion before the head's first trigger phrase (审结) drops an item's
    /// instance; one inside the first item's noun (信息公开 of 信息公开申请), or a head whose verb is a trigger itself,
    /// drops nothing.
    @Test func headVerbExclusionGovernsItems() {
        #expect(Self.run("全年审结行政复议案件40件、行政诉讼案件8件。", [("40件", 40, "件"), ("8件", 8, "件")]).isEmpty)
        #expect(Self.run("受理政府信息公开申请20件、行政复议申请3件。", [("20件", 20, "件"), ("3件", 3, "件")])
            == ["info_requests=20", "reconsideration_cases=3"])
        #expect(Self.run("全年办理行政复议案件40件、行政诉讼案件8件。", [("40件", 40, "件"), ("8件", 8, "件")])
            == ["reconsideration_cases=40", "litigation_cases=8"])
        #expect(Self.run("办结信访件120件、矛盾纠纷35件。", [("120件", 120, "件"), ("35件", 35, "件")])
            == ["disputes_resolved=120", "disputes_resolved=35"])
        #expect(Self.run("全年审结行政复议案件40件，受理行政诉讼案件8件。", [("40件", 40, "件"), ("8件", 8, "件")])
            == ["litigation_cases=8"], "a comma ends the list and its verb")
    }
}
