import Testing
@testable import GovReportsCore

/// Lines naming an attached file are told from other lines by their ending alone, in any letter case.
@Suite struct AttachmentNameTests {
    /// File names with an extension of any case, closing brackets, spaces or a short note after them.
    @Test func namesFiles() {
        let files = ["1.意见反馈表.docx", "附件：工作要点.PDF", "报告全文.Pdf）", "统计表.xlsx 】", "名单.doc（下载次数：312）",
                     "清单.WPS(23.5KB)", "a.ofd", "附件2：表格.XLS [ 12 KB ]"]
        for line in files { #expect(AttachmentName.namesFile(line), "\(line)") }
    }

    /// An extension with nothing before it, a word that only ends in the letters, a long note, or a dot missing.
    @Test func otherLinesDoNot() {
        let others = [".pdf", "下载pdf", "本文件共3页，见附件", "名单.doc（本附件供各单位下载后填写并于月底前报送至办公室邮箱）",
                      "报告.pdf全文", "xlsx", "（23.5KB）", ""]
        for line in others { #expect(!AttachmentName.namesFile(line), "\(line)") }
    }
}
