import Foundation

/// A document number printed as a line of its own at a text's head (`某政发〔2024〕3号` above the title, or
/// `（某政发〔2024〕3号）` under it): the report's 文号 when its page gives no 文号 field.
enum HeadDocumentNumber {
    /// How many first lines of the normalized text may hold it: the title is out of the text when normalize found
    /// it, so the number is the first line; when it did not, the title line comes first.
    static let window = 2
    /// Longest line (UTF-8 bytes) read as a masthead or a number: the longer of a masthead's and a wrapped number's
    /// non-blank forms, at 4 bytes a scalar, doubled for blanks (a letter-spaced masthead) and a signer beside it.
    static let maxLineBytes = max(TitleMerger.documentNumberMaxLength + 2, DocumentHead.issuerLineMaxLength) * 4 * 2
    /// Brackets that may wrap a number set under the title, opening to closing (rule view).
    static let wrappers: [Unicode.Scalar: Unicode.Scalar] = ["(": ")"]

    /// The number as written, from the first `window` lines of `text`; nil when none is one whole document number.
    /// A number inside a sentence cites another document and is never taken.
    static func find(in text: String) -> String? {
        // Split on UTF-8 bytes (a Character split walks graphemes); a line too long to be a masthead or a number
        // (a page's first line is often a whole paragraph) is read as an empty line, which is neither.
        let lines = firstLines(of: text, count: DocumentHead.linesMax + window)
        // A red-header masthead and its issuer lines (`某县人民政府文件`, joint issuers over `文件`) and urgency marks
        // stand above the number: the window starts below them.
        let masthead = lines.prefix(DocumentHead.linesMax).prefix {
            DocumentHead.isMasthead($0) || TitleMerger.isHeadMark($0) || DocumentHead.isIssuerLine($0)
        }
        for line in lines.dropFirst(masthead.count).prefix(window) {
            var view = Array(WidthFolder.ruleView(line).unicodeScalars)
            let wrapped = view.count > 2 && view.first.flatMap { wrappers[$0] } == view.last
            if wrapped { view = Array(view[1..<(view.count - 1)]) }
            if let number = DocumentHead.number(in: String(String.UnicodeScalarView(view))) {
                // As written (the rule view folds brackets), without a wrapping bracket or a signer beside it.
                let written = wrapped ? String(String.UnicodeScalarView(Array(line.unicodeScalars).dropFirst().dropLast())) : line
                return String(String.UnicodeScalarView(written.unicodeScalars.prefix(number.unicodeScalars.count)))
            }
        }
        return nil
    }

    /// The first `count` non-empty lines of `text`, trimmed; a line longer than `maxLineBytes` as an empty one.
    /// Line ends are found with memchr over the UTF-8, so a long line costs nothing but the search.
    static func firstLines(of text: String, count: Int) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            guard let base = bytes.baseAddress else { return [] }
            var lines: [String] = []
            var start = 0
            while lines.count < count && start < bytes.count {
                let end = memchr(base + start, 0x0A, bytes.count - start)
                    .map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? bytes.count
                if end > start {
                    let length = end - start
                    lines.append(length <= maxLineBytes
                        ? TextScan.trimmed(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)[...])
                        : "")
                }
                start = end + 1
            }
            return lines
        }
    }
}
