/// A document number printed as a line of its own at a text's head (`某政发〔2024〕3号` above the title, or
/// `（某政发〔2024〕3号）` under it): the report's 文号 when its page gives no 文号 field.
enum HeadDocumentNumber {
    /// How many first lines of the normalized text may hold it: the title is out of the text when normalize found
    /// it, so the number is the first line; when it did not, the title line comes first.
    static let window = 2
    /// Longest line (UTF-8 bytes) read as a number: the number's longest non-blank form plus a wrapping pair, at
    /// 4 bytes a scalar, doubled for blanks; a longer line cannot pass `TitleMerger.isDocumentNumber`.
    static let maxLineBytes = (TitleMerger.documentNumberMaxLength + 2) * 4 * 2
    /// The closing brackets of `wrappers`.
    static let closers = Set(wrappers.values)
    /// Brackets that may wrap a number set under the title, opening to closing (rule view).
    static let wrappers: [Unicode.Scalar: Unicode.Scalar] = ["(": ")"]

    /// The number as written, from the first `window` lines of `text`; nil when none is one whole document number.
    /// A number inside a sentence cites another document and is never taken.
    static func find(in text: String) -> String? {
        // Split on UTF-8 bytes (a Character split walks graphemes), and a line too long to be a number is passed
        // over unread: a page's first line is often a whole paragraph.
        for bytes in text.utf8.split(separator: 0x0A, maxSplits: window, omittingEmptySubsequences: true).prefix(window) {
            guard bytes.count <= maxLineBytes else { continue }
            let raw = Substring(bytes)
            let line = TextScan.trimmed(raw)
            // A number ends with 号, or with the bracket wrapping it: a title line is passed over before any fold.
            guard let last = line.unicodeScalars.last,
                  last == "号" || WidthFolder.ruleView(String(last)).unicodeScalars.first.flatMap({ closers.contains($0) }) == true
            else { continue }
            var view = Array(WidthFolder.ruleView(line).unicodeScalars)
            let wrapped = view.count > 2 && view.first.flatMap { wrappers[$0] } == view.last
            if wrapped { view = Array(view[1..<(view.count - 1)]) }
            if TitleMerger.isDocumentNumber(String(String.UnicodeScalarView(view))) {
                // As written, without a wrapping bracket.
                return wrapped ? String(String.UnicodeScalarView(Array(line.unicodeScalars).dropFirst().dropLast())) : line
            }
        }
        return nil
    }
}
