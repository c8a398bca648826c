/// Line shapes the edge rules read by position: a date alone above the title, a column name above the title, a
/// short title that names its document kind, a footer's contact line.
extension EdgeTrimmer {
    /// Rule id recorded for a date-only line above every kept line at the text's head.
    static let headDateRule = "head-date"
    /// Rule id recorded for a column name standing above the title.
    static let columnRule = "column-name"
    /// A title below a column name is at least this many times the column name's length.
    static let columnTitleRatio = 2
    /// Scalars that open a title's second half (`暨…`, `及…`): the short line above is the title's first half.
    static let continuations: Set<Unicode.Scalar> = ["暨", "及", "和", "与", "的", "之", "并"]
    /// Longest date-only line (scalars, a time and brackets included).
    static let bareDateMaxLength = 30

    /// Whether `line` is only a date, perhaps in brackets and with a time (`2024年01月22日`, `[2024-01-22 09:30]`).
    static func isBareDate(_ line: String) -> Bool {
        guard TextScan.hasFourDigits(line), !TextScan.scalarCount(line, exceeds: EdgeTrimmer.bareDateMaxLength) else { return false }
        var groups = 0
        var inDigits = false
        for scalar in line.unicodeScalars {
            switch scalar {
            case "0"..."9":
                if !inDigits { groups += 1; inDigits = true }
            case "年", "月", "日", "-", "/", ".", ":", "：", " ", "\u{3000}", "[", "]", "【", "】", "(", ")", "（", "）":
                inDigits = false
            default:
                return false
            }
        }
        return groups >= 3
    }

    /// Whether `line` is a short title that ends with a document-kind word (`政务公开指南`), the same words the
    /// title merger reads a title by.
    func endsLikeShortTitle(_ line: String) -> Bool {
        guard TextScan.scalarCount(line, exceeds: rules.titleEndingMinLength - 1) else { return false }
        return TitleMerger.titleEndings.contains { line.hasSuffix($0) }
    }

    /// Whether `line`, standing right under chrome at the head, is a column name above the title `next`: short,
    /// unpunctuated, without a date, named like a report kind (`信息公开年报`) and far shorter than the title-like
    /// line under it, which does not continue it.
    func isColumnName(_ line: String, above next: String) -> Bool {
        let count = line.unicodeScalars.count
        guard count <= rules.edgeLineMaxLength, !TextScan.hasFourDigits(line), !ListMarker.starts(line),
              rules.protectedWords.contains(where: { line.contains($0) }),
              !line.unicodeScalars.contains(where: { "。，；！？,;:：、".unicodeScalars.contains($0) }),
              let first = next.unicodeScalars.first, !EdgeTrimmer.continuations.contains(first),
              next.unicodeScalars.count >= EdgeTrimmer.columnTitleRatio * count,
              TitleMerger.looksLikeTitle(next) else { return false }
        return true
    }

    /// Whether `line` is a footer's contact line: it opens with a contact label and a colon and is no sentence.
    func isContactLine(_ line: String) -> Bool {
        guard !TextScan.scalarCount(line, exceeds: rules.contactLineMaxLength), !TextScan.endsLikeSentence(line) else {
            return false
        }
        for label in rules.contactLabels where line.hasPrefix(label) {
            let rest = line.unicodeScalars.dropFirst(label.unicodeScalars.count).drop { TextScan.isBlank($0) }
            if let colon = rest.first, colon == ":" || colon == "：" { return true }
        }
        return false
    }
}
