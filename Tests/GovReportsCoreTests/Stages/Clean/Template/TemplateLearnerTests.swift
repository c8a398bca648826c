import Testing
@testable import GovReportsCore

/// The learner alone: which recurring lines are template, and which of a page's lines a template removes.
@Suite struct TemplateLearnerTests {
    /// The pages of the synthetic site, as lines.
    static func pages(_ count: Int) -> [[String]] {
        (1...count).map { SyntheticSite.lines($0, topical: $0 <= 12) }
    }

    /// Twenty pages: the five template lines are removed from every page, and only they (plus the topical line on
    /// its pages); shared headings, the shared sentence and the signing agency stay.
    @Test func learnsTheFiveTemplateLinesOfTwentyPages() throws {
        let pages = Self.pages(20)
        let template = try #require(TemplateLearner(config: TemplateConfig()).learn(group: "g", members: pages))
        for (i, page) in pages.enumerated() {
            let removed = template.removals(in: page).map { page[$0] }
            let expected = i < 12 ? SyntheticSite.templateLines + [SyntheticSite.topicalLine] : SyntheticSite.templateLines
            #expect(removed == expected, "page \(i + 1)")
            let kept = Set(page.indices).subtracting(template.removals(in: page)).map { page[$0] }
            for line in SyntheticSite.headings + [SyntheticSite.sharedSentence, SyntheticSite.agency] {
                #expect(kept.contains(line), "page \(i + 1) lost \(line)")
            }
        }
        #expect(!template.lines.contains(SyntheticSite.headings[0]))
    }

    /// The learner keys lines by bytes when every line is canonically inert and by Swift's own equality otherwise:
    /// both ways give the same template, and a line written composed on some pages and decomposed on others still
    /// counts as one recurring line.
    @Test func byteKeysAndSwiftEqualityLearnTheSameLines() throws {
        let learner = TemplateLearner(config: TemplateConfig())
        let inert = Self.pages(20)
        let fast = try #require(learner.learn(group: "g", members: inert))
        #expect(fast.lines == SiteTemplate(group: "g", lines: learner.recurringLines(inert, { $0 }, { $0 })
            .filter { !TemplateLineClass.isStructure($0) }, maxLineLength: fast.maxLineLength).lines)
        // Half the pages spell a footer line composed, half decomposed: the group takes the String path and learns
        // what the byte path learns when every page spells it composed (the first page's spelling is kept).
        let composed = inert.map { $0 + ["Caf\u{E9} 页脚"] }
        let mixed = inert.enumerated().map { i, page in page + [i % 2 == 0 ? "Caf\u{E9} 页脚" : "Cafe\u{301} 页脚"] }
        #expect(!mixed.joined().allSatisfy(CanonicallyInert.check))
        let expected = try #require(learner.learn(group: "g", members: composed))
        #expect(expected.lines.contains("Caf\u{E9} 页脚"))
        #expect(try #require(learner.learn(group: "g", members: mixed)).lines == expected.lines)
    }

    /// A group below the minimum size learns nothing; a line on too few pages is not template.
    @Test func smallGroupsAndRareLinesAreNoTemplate() throws {
        #expect(TemplateLearner(config: TemplateConfig()).learn(group: "g", members: Self.pages(4)) == nil)
        let strict = TemplateConfig(minShare: 0.7)
        let template = try #require(TemplateLearner(config: strict).learn(group: "g", members: Self.pages(20)))
        // The topical line is on 12 of 20 pages: template at a 60% share, not at 70%.
        #expect(!template.lines.contains(SyntheticSite.topicalLine))
        #expect(TemplateLearner(config: TemplateConfig()).learn(group: "g", members: Self.pages(20))!.lines
            .contains(SyntheticSite.topicalLine))
    }

    /// Inside the text a lone template line stays (a signature, a label), a run of short ones goes, and a recurring
    /// sentence stays even inside a run; at the head or tail any template line goes, headings never.
    @Test func positionDecidesWhatGoes() {
        let t = SiteTemplate(group: "g", lines: ["甲", "乙", "丙", "这是一句反复出现的话。", "一、工作回顾"], maxLineLength: 40)
        let text = ["甲", "标题", "正文一。", "乙", "正文二。", "乙", "丙", "这是一句反复出现的话。", "正文三。", "一、工作回顾", "丙"]
        #expect(t.removals(in: text) == [0, 5, 6, 10])
        #expect(t.applicableIdentity(in: ["标题", "正文。"]) == nil)
        #expect(t.applicableIdentity(in: ["甲", "正文。"]) != t.applicableIdentity(in: ["丙", "正文。"]))
    }

    /// A salutation that opens every report of an office is the report's own text, not template.
    @Test func leadInsStay() throws {
        let pages = (1...10).map { ["区委、区政府:", "2025年,第\($0)项工作完成。", "导航一 导航二"] }
        let template = try #require(TemplateLearner(config: TemplateConfig()).learn(group: "g", members: pages))
        #expect(template.lines == ["导航一 导航二"])
        #expect(template.removals(in: pages[0]) == [2])
    }

    /// Grouping: URLs by host (or host and folder), files by folder, none when off.
    @Test func groupsByHostOrFolder() {
        let a = SourceDocument(docID: "a", source: "https://www.X.gov.cn/zwgk/2024/a.html", url: "https://www.X.gov.cn/zwgk/2024/a.html")
        let f = SourceDocument(docID: "f", source: "reports/2023/f.txt", path: "/data/reports/2023/f.txt")
        #expect(TemplateLearner.group(of: a, grouping: .host) == "host:www.x.gov.cn")
        #expect(TemplateLearner.group(of: a, grouping: .folder) == "folder:www.x.gov.cn/zwgk/2024")
        #expect(TemplateLearner.group(of: f, grouping: .host) == "folder:reports/2023")
        #expect(TemplateLearner.group(of: f, grouping: .none) == nil)
    }
}
