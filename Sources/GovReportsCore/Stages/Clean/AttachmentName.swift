/// Lines that name an attached file (`1.意见反馈表.docx`): the document's own attachments, listed under `附件：` or
/// `相关附件：`, are part of its body, never a related-link block to cut.
enum AttachmentName {
    /// File-name endings of documents that government pages attach (lower-cased, with the dot).
    static let extensions = [".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ppt", ".pptx", ".ofd",
                             ".zip", ".rar", ".7z", ".txt", ".csv", ".jpg", ".png"]

    /// Whether `line` ends with an attached file's name (an optional closing bracket after it).
    static func namesFile(_ line: String) -> Bool {
        var tail = Substring(line.lowercased())
        while let last = tail.last, last == ")" || last == "）" || last == "]" || last == "】" || last == " " {
            tail = tail.dropLast()
        }
        return extensions.contains { tail.hasSuffix($0) && tail.count > $0.count }
    }
}
