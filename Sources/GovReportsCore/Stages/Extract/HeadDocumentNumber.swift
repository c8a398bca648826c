/// A document number printed as a line of its own at a text's head (`某政发〔2024〕3号` above the title, or
/// `（某政发〔2024〕3号）` under it): the report's 文号 when its page gives no 文号 field.
enum HeadDocumentNumber {
    /// How many first lines of the normalized text may hold it: the title is out of the text when normalize found
    /// it, so the number is the first line; when it did not, the title line comes first.
    static let window = 2
    /// Brackets that may wrap a number set under the title, opening to closing (rule view).
    static let wrappers: [Unicode.Scalar: Unicode.Scalar] = ["(": ")"]

    /// The number as written, from the first `window` lines of `text`; nil when none is one whole document number.
    /// A number inside a sentence cites another document and is never taken.
    static func find(in text: String) -> String? {
        for raw in text.split(separator: "\n", maxSplits: window, omittingEmptySubsequences: true).prefix(window) {
            let line = TextScan.trimmed(raw)
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
