/// Lines that name an attached file (`1.意见反馈表.docx`): the document's own attachments, listed under `附件：` or
/// `相关附件：`, are part of its body, never a related-link block to cut.
enum AttachmentName {
    /// File-name endings of documents that government pages attach (lower-cased, with the dot).
    static let extensions = [".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ppt", ".pptx", ".ofd",
                             ".zip", ".rar", ".7z", ".txt", ".csv", ".jpg", ".png"]

    /// Longest bracketed note after a file name (`（下载次数：312）`, `(23.5KB)`) that is looked past.
    static let maxTrailingNote = 20

    /// Whether `line` ends with an attached file's name (an optional closing bracket after it, or a short
    /// bracketed note such as a size or a download count).
    static func namesFile(_ line: String) -> Bool {
        let lowered = Substring(line.lowercased())
        if endsWithFile(lowered) { return true }
        // `名称.docx（下载次数：312）`: the note's opening bracket stands right after the file's extension.
        let scalars = lowered.unicodeScalars
        guard let last = scalars.last, last == ")" || last == "）" || last == "]" || last == "】" else { return false }
        var i = scalars.index(before: scalars.endIndex)
        var steps = 0
        while i > scalars.startIndex && steps <= maxTrailingNote {
            i = scalars.index(before: i)
            steps += 1
            let s = scalars[i]
            if s == "(" || s == "（" || s == "[" || s == "【" {
                return endsWithFile(Substring(scalars[..<i]))
            }
        }
        return false
    }

    /// Whether `text` (lower-cased) ends with a file extension after a name, closing brackets and spaces aside.
    private static func endsWithFile(_ text: Substring) -> Bool {
        var tail = text
        while let last = tail.last, last == ")" || last == "）" || last == "]" || last == "】" || last == " " {
            tail = tail.dropLast()
        }
        return extensions.contains { tail.hasSuffix($0) && tail.count > $0.count }
    }
}
