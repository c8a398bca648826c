import Testing
@testable import GovReportsCore

/// Header metadata laid out in ways the line-per-field reader took wrong (several labels on one line, a row of
/// labels over a row of values, a weak label beside 发布日期), attachment names with a note after them, and
/// Chinese-numeral publication dates.
@Suite struct HeaderFieldLayoutTests {
    /// The bundled header table.
    static let table = HeaderTable(rules: try! EdgeRules.bundled())

    /// Several `label：value` pairs on one line split into their fields, blanks or bars between them; a value
    /// with a blank inside (a time) stays whole.
    @Test func oneLineSeveralLabels() {
        let fields = Self.table.collect(["索引号：LT-2024-0091　发文机关：柳塘区人民政府办公室　成文日期：2024/2/28 10:20"])
        #expect(fields["index_no"] == "LT-2024-0091")
        #expect(fields["issuer"] == "柳塘区人民政府办公室")
        #expect(fields["written"] == "2024/2/28 10:20")
        let barred = Self.table.collect(["索引号：BH-1 | 发布机构：北湖区人民政府 ｜ 成文日期：2024-02-27"])
        #expect(barred["index_no"] == "BH-1")
        #expect(barred["issuer"] == "北湖区人民政府")
    }

    /// A row of labels takes its values from the row under it column by column; a row that does not line up
    /// gives no value (never the whole row as the last label's value).
    @Test func labelRowOverValueRow() {
        let fields = Self.table.collect(["索引号\t发文机关\t成文日期\t发文字号", "FY-1\t丰源县人民政府\t2024年02月26日\t丰政发〔2024〕9号"])
        #expect(fields["index_no"] == "FY-1")
        #expect(fields["issuer"] == "丰源县人民政府")
        #expect(fields["doc_number"] == "丰政发〔2024〕9号")
        let ragged = Self.table.collect(["索引号\t发文机关\t成文日期", "FY-1\t丰源县人民政府", "文号：丰政发〔2024〕9号"])
        #expect(ragged["issuer"] == nil)
        #expect(ragged["written"] == nil)
    }

    /// 生成日期 fills the publication date only when no 发布日期 does, whichever comes first.
    @Test func weakLabelGivesWay() {
        let both = Self.table.collect(["索引号：X-1", "生成日期：2024-02-27", "发布日期：2024-03-05"])
        #expect(both["published"] == "2024-03-05")
        let alone = Self.table.collect(["索引号：X-1", "发文机关：某县人民政府", "生成日期：2024-02-27"])
        #expect(alone["published"] == "2024-02-27")
        #expect(alone.keys.allSatisfy { !$0.hasPrefix(HeaderTable.weakPrefix) })
    }

    /// A file name followed by a short bracketed note is an attachment; a sentence with a note is not.
    @Test func attachmentWithNote() {
        #expect(AttachmentName.namesFile("专项资金申报指南.docx（下载次数：312）"))
        #expect(AttachmentName.namesFile("2.意见反馈表.xlsx (23.5KB)"))
        #expect(!AttachmentName.namesFile("请按要求报送申报材料（逾期不予受理）"))
    }

    /// Chinese-numeral dates after a publication label or alone on a line; not after another label, not inside
    /// a sentence.
    @Test func hanDates() {
        #expect(PageMetadataExtractor.labeledHanDate(in: "发布日期：二〇二四年三月五日　来源：社会事务股") == "2024-03-05")
        #expect(PageMetadataExtractor.labeledHanDate(in: "发布时间:[二〇二四年十二月三十一日]") == "2024-12-31")
        #expect(PageMetadataExtractor.labeledHanDate(in: "成文日期：二〇二四年三月五日") == nil)
        #expect(PageMetadataExtractor.bareHanDate("二〇二四年三月五日") == "2024-03-05")
        #expect(PageMetadataExtractor.bareHanDate("【二〇二四年三月五日】") == "2024-03-05")
        #expect(PageMetadataExtractor.bareHanDate("二〇二四年三月五日召开会议") == nil)
    }
}
