import Testing
@testable import GovReportsCore

/// Page numbers and running headers of a text extracted from a PDF, known by their sequence (round 5's e25, e34):
/// each page-number style, and the lines that look alike but are body.
@Suite struct TextPageFurnitureTests {
    /// Which of `lines` the furniture rules mark.
    static func marked(_ lines: [String]) -> [String] {
        var rules = [String?](repeating: nil, count: lines.count)
        TextPageFurniture.mark(lines, rules: &rules)
        return zip(lines, rules).compactMap { $1 == nil ? nil : $0 }
    }

    /// Three pages of body with `number(n)` after each and, when given, `header` at the top of pages 2 and 3.
    static func paged(_ number: (Int) -> String, header: String? = nil) -> [String] {
        var lines = ["某县2024年政府信息公开工作年度报告"]
        for page in 1...3 {
            if page > 1, let header { lines.append(header) }
            lines += ["第\(page)页的第一句正文，", "第\(page)页的第二句正文。", "第\(page)页的第三句正文；", "第\(page)页的第四句正文。"]
            lines.append(number(page))
        }
        return lines
    }

    /// Every style in sequence is a page number; the running header after each break goes too, the title stays.
    @Test(arguments: ["— 1 —", "- 1 -", "－1－", "1", "1/3", "第 1 页 共 3 页", "第1页", "１", "·1·", "• 1 •"])
    func marksEveryStyle(_ first: String) {
        let header = "某县2024年政府信息公开工作年度报告"
        let number: (Int) -> String = { n in
            first.replacingOccurrences(of: "1", with: "\(n)").replacingOccurrences(of: "１", with: ["１", "２", "３"][n - 1])
                .replacingOccurrences(of: "共 \(n) 页", with: "共 3 页").replacingOccurrences(of: "/\(n)", with: "/3")
        }
        let lines = Self.paged(number, header: header)
        #expect(Self.marked(lines) == [number(1), header, number(2), header, number(3)])
    }

    /// A sequence whose marked form changes between pages (`— 1 —`, `第2页/共3页`, `·3·`) is one sequence; bare numbers
    /// do not join a marked sequence, and a marked form out of sequence stays body.
    @Test func chainsMarkedFormsAcrossPages() {
        let forms = ["— 1 —", "第2页/共3页", "·3·"]
        let header = "某县2024年政府信息公开工作年度报告"
        let lines = Self.paged({ forms[$0 - 1] }, header: header)
        #expect(Self.marked(lines) == [forms[0], header, forms[1], header, forms[2]])
        #expect(Self.marked(Self.paged { ["— 1 —", "2", "·3·"][$0 - 1] }).isEmpty)
        #expect(Self.marked(Self.paged { ["— 1 —", "第5页/共9页", "·3·"][$0 - 1] }).isEmpty)
    }

    /// One number line, numbers out of sequence, a column of numbers one cell a line, pages too short: all body.
    @Test func leavesLookalikesAlone() {
        #expect(Self.marked(["正文一。", "正文二。", "— 3 —", "正文三。"]).isEmpty)
        #expect(Self.marked(Self.paged { ["3", "7", "12"][$0 - 1] }).isEmpty)
        #expect(Self.marked(["行政许可", "1", "2", "3", "4", "5", "正文。"]).isEmpty)
        #expect(Self.marked(["正文。", "- 1 -", "正文。", "- 2 -", "正文。", "- 3 -"]).isEmpty)
    }

    /// A line after only one break is no running header; a number line inside a sentence is no page number.
    @Test func needsRecurrence() {
        var lines = Self.paged { "- \($0) -" }
        lines.insert("第二页独有的小标题", at: 6)
        #expect(Self.marked(lines) == ["- 1 -", "- 2 -", "- 3 -"])
        #expect(TextPageFurniture.pageNumber("共3页") == nil)
        #expect(TextPageFurniture.pageNumber("3件") == nil)
        #expect(TextPageFurniture.pageNumber("12345") == nil)
        #expect(TextPageFurniture.pageNumber("5/3") == nil)
    }
}
