/// The organ and the timestamp of a meta bar written as two adjacent spans (`<span>某市统计局</span><span>2024-03-29
/// 16:05</span>`): no blank stands between them, so the line reads `某市统计局2024-03-29 16:05` and neither bare-date
/// pattern (a blank after the lead word) takes it. Only a numeric stamp (`2024-03-29`, `2024/3/29`, a clock time
/// after it) is read glued: a 年月日 date glued to a word is prose (`截至2024年3月29日`). The lead word must end like
/// an agency (`AgencyEnding`), so a list item glued to its date (`县政府召开常务会议2024-03-20`)
/// is not taken. Scans scalars; no pattern.
extension PageMetadataExtractor {
    /// Scalars a glued lead word may not hold: punctuation that makes it a sentence or a field, and brackets.
    static let gluedLeadStops: Set<Unicode.Scalar> = Set("，,。；;：:！？!?、[]【】()（）".unicodeScalars)
    /// Separators of a numeric stamp's parts.
    static let stampSeparators: Set<Unicode.Scalar> = ["-", "/", "."]

    /// Whether `s` is an ASCII digit.
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// The agency-like word a line opens with, glued to the digit at `digit` (blanks at the line's ends aside), and
    /// where the line's text ends; nil when the line opens with no such word.
    static func gluedAgencyWord(_ a: [Unicode.Scalar]) -> (word: ArraySlice<Unicode.Scalar>, digit: Int, end: Int)? {
        var end = a.count
        while end > 0, TextScan.isBlank(a[end - 1]) { end -= 1 }
        var start = 0
        while start < end, TextScan.isBlank(a[start]) { start += 1 }
        guard let d = a[start..<end].firstIndex(where: isDigit) else { return nil }
        let word = a[start..<d]
        guard word.count >= 2, word.count <= bareDateTailMaxScalars,
              !word.contains(where: { TextScan.isBlank($0) || gluedLeadStops.contains($0) }), AgencyEnding.ends(word)
        else { return nil }
        return (word, d, end)
    }

    /// The lead word and the ISO date of `line` when it is exactly an agency-like word glued to a numeric stamp
    /// (an optional clock time after it, blanks at the ends aside), or nil.
    static func gluedLeadStamp(_ line: String) -> (lead: String, date: String)? {
        let a = Array(line.unicodeScalars)
        guard let (word, d, end) = gluedAgencyWord(a) else { return nil }
        var i = d
        /// Reads `min`…`max` ASCII digits at `i`.
        func digits(_ min: Int, _ max: Int) -> Int? {
            var n = 0
            var k = 0
            while k < max, i < end, isDigit(a[i]) {
                n = n * 10 + Int(a[i].value - 0x30)
                i += 1
                k += 1
            }
            return k >= min ? n : nil
        }
        guard let year = digits(4, 4), i < end, stampSeparators.contains(a[i]) else { return nil }
        let separator = a[i]
        i += 1
        guard let month = digits(1, 2), i < end, a[i] == separator else { return nil }
        i += 1
        guard let day = digits(1, 2), let date = isoDate(year: year, month: month, day: day) else { return nil }
        // A clock time may follow after blanks: `16:05`, `16:05:32`.
        var j = i
        while j < end, TextScan.isBlank(a[j]) { j += 1 }
        if j < end, j > i {
            i = j
            guard digits(1, 2) != nil, i < end, a[i] == ":" else { return nil }
            i += 1
            guard digits(2, 2) != nil else { return nil }
            if i < end, a[i] == ":" {
                i += 1
                guard digits(2, 2) != nil else { return nil }
            }
        }
        guard i == end else { return nil }
        return (String(String.UnicodeScalarView(word)), date)
    }
}

extension PageMetadataExtractor {
    /// The info-line field labels as scalar arrays, for a field glued after a written date (`…日阅读 1.2万`).
    static let gluedFieldLabels: [[Unicode.Scalar]] = fieldLabels.split(separator: "|").map { Array($0.unicodeScalars) }

    /// The lead word and the ISO date of a line before the body that is an agency-like word glued to a written
    /// 年月日 date, then nothing or the page's other fields (`某县司法局2024年1月29日阅读 1.2万`: three spans). Only
    /// for lines above the body: there a glued 年月日 date is the meta bar's, while the body's head may hold an issuer
    /// block or prose that reads the same. Nil when the word does not end like an agency or anything but a field
    /// label follows the date.
    static func gluedLeadWrittenDate(_ line: String) -> (lead: String, date: String)? {
        let a = Array(line.unicodeScalars)
        guard let (word, d, end) = gluedAgencyWord(a),
              let (parsed, next) = ChineseDate.parse(a, at: d, end: end),
              let date = isoDate(year: parsed.year, month: parsed.month, day: parsed.day) else { return nil }
        var i = next
        while i < end, TextScan.isBlank(a[i]) { i += 1 }
        guard i == end || gluedFieldLabels.contains(where: { a[i...].starts(with: $0) }) else { return nil }
        return (String(String.UnicodeScalarView(word)), date)
    }
}
