/// Publication dates written in Chinese numerals on a page's info line (`发布日期：二〇二四年三月五日`) or alone under its headline: the digit
/// patterns of `labeledDate` do not see them, and the date was lost (the signature reader only looks at the end
/// of the body).
extension PageMetadataExtractor {
    /// The ISO date after the first publication label (`publicationLabels`) in `line`, a colon and an optional
    /// opening bracket, when it is a Chinese-numeral (or mixed) `年月日` date; nil otherwise.
    static func labeledHanDate(in line: String) -> String? {
        // Cheap rejection: a written date holds 年 and 月.
        guard line.unicodeScalars.contains("年"), line.unicodeScalars.contains("月") else { return nil }
        let a = Array(line.unicodeScalars)
        for label in publicationLabels {
            let l = Array(label.unicodeScalars)
            guard l.count <= a.count else { continue }
            var i = 0
            while i + l.count <= a.count {
                guard a[i..<(i + l.count)].elementsEqual(l) else { i += 1; continue }
                var j = i + l.count
                while j < a.count, TextScan.isBlank(a[j]) { j += 1 }
                guard j < a.count, a[j] == "：" || a[j] == ":" else { break }
                j += 1
                while j < a.count, TextScan.isBlank(a[j]) || a[j] == "[" || a[j] == "【" { j += 1 }
                if let (date, _) = ChineseDate.parse(a, at: j, end: a.count),
                   let iso = isoDate(year: date.year, month: date.month, day: date.day) {
                    return iso
                }
                break
            }
        }
        return nil
    }

    /// The ISO date of a line that is only a Chinese-numeral date (`二〇二四年三月五日`, in brackets or not), the
    /// date a page prints under its headline; nil for any other line.
    static func bareHanDate(_ line: String) -> String? {
        guard line.unicodeScalars.contains("年"), line.unicodeScalars.contains("月") else { return nil }
        var a = Array(line.unicodeScalars)
        let opening: Set<Unicode.Scalar> = ["[", "【", "(", "（"]
        let closing: Set<Unicode.Scalar> = ["]", "】", ")", "）"]
        while let first = a.first, TextScan.isBlank(first) || opening.contains(first) { a.removeFirst() }
        while let last = a.last, TextScan.isBlank(last) || closing.contains(last) { a.removeLast() }
        guard let (date, next) = ChineseDate.parse(a, at: 0, end: a.count), next == a.count else { return nil }
        return isoDate(year: date.year, month: date.month, day: date.day)
    }
}
