/// Lines that name an attached file (`1.意见反馈表.docx`): the document's own attachments, listed under `附件：` or
/// `相关附件：`, are part of its body, never a related-link block to cut.
enum AttachmentName {
    /// File-name endings of documents that government pages attach (lower-cased, with the dot).
    static let extensions: [[UInt8]] = [".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ppt", ".pptx", ".ofd",
                             ".zip", ".rar", ".7z", ".txt", ".csv", ".jpg", ".png"].map { Array($0.utf8) }

    /// Longest bracketed note after a file name (`（下载次数：312）`, `(23.5KB)`) that is looked past.
    static let maxTrailingNote = 20

    /// Whether `line` ends with an attached file's name (an optional closing bracket after it, or a short
    /// bracketed note such as a size or a download count). Extensions are ASCII and compared ASCII-case-blind over
    /// the line's last scalars, so no lower-cased copy of the line is made (this runs on every body line).
    static func namesFile(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        if endsWithFile(scalars, end: scalars.endIndex) { return true }
        // `名称.docx（下载次数：312）`: the note's opening bracket stands right after the file's extension.
        guard let last = scalars.last, isClosing(last) && last != " " else { return false }
        var i = scalars.index(before: scalars.endIndex)
        var steps = 0
        while i > scalars.startIndex && steps <= maxTrailingNote {
            i = scalars.index(before: i)
            steps += 1
            let s = scalars[i]
            if s == "(" || s == "（" || s == "[" || s == "【" {
                return endsWithFile(scalars, end: i)
            }
        }
        return false
    }

    /// Whether a closing bracket or a space, which may stand after a file name.
    private static func isClosing(_ s: Unicode.Scalar) -> Bool {
        s == ")" || s == "）" || s == "]" || s == "】" || s == " "
    }

    /// Whether `scalars[..<end]` ends with a file extension after a name, closing brackets and spaces aside.
    private static func endsWithFile(_ scalars: String.UnicodeScalarView, end: String.Index) -> Bool {
        var tail = end
        while tail > scalars.startIndex, isClosing(scalars[scalars.index(before: tail)]) {
            tail = scalars.index(before: tail)
        }
        return extensions.contains { endsWith(scalars, before: tail, $0) }
    }

    /// Whether `scalars[..<end]` ends with the lower-case ASCII `ext`, ASCII letters of any case, with at least one
    /// scalar before it.
    private static func endsWith(_ scalars: String.UnicodeScalarView, before end: String.Index, _ ext: [UInt8]) -> Bool {
        var i = end
        for byte in ext.reversed() {
            guard i > scalars.startIndex else { return false }
            i = scalars.index(before: i)
            let v = scalars[i].value
            let folded = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
            guard folded == UInt32(byte) else { return false }
        }
        return i > scalars.startIndex
    }
}
