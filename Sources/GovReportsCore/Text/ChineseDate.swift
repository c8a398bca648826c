/// A calendar date read from `2023年2月21日` or `二〇二三年二月二十一日`.
struct ChineseDate: Sendable, Equatable {
    /// Four-digit year.
    var year: Int
    /// Month 1–12.
    var month: Int
    /// Day 1–31.
    var day: Int

    /// ISO 8601 form, e.g. `2023-02-21`.
    var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    /// Parses a date starting exactly at `i` and ending before `end`; returns the date and the offset after `日`/`号`.
    static func parse(_ a: [Unicode.Scalar], at i: Int, end: Int) -> (date: ChineseDate, next: Int)? {
        var j = i
        guard let year = parseYear(a, at: &j, end: end) else { return nil }
        skipSpaces(a, &j, end)
        guard j < end, a[j] == "年" else { return nil }
        j += 1
        skipSpaces(a, &j, end)
        guard let month = parsePart(a, at: &j, end: end), (1...12).contains(month) else { return nil }
        skipSpaces(a, &j, end)
        guard j < end, a[j] == "月" else { return nil }
        j += 1
        skipSpaces(a, &j, end)
        guard let day = parsePart(a, at: &j, end: end), (1...31).contains(day) else { return nil }
        skipSpaces(a, &j, end)
        guard j < end, a[j] == "日" || a[j] == "号" else { return nil }
        return (ChineseDate(year: year, month: month, day: day), j + 1)
    }

    /// Four ASCII digits or four Chinese digit characters (二〇二三), years 1949–2099.
    private static func parseYear(_ a: [Unicode.Scalar], at j: inout Int, end: Int) -> Int? {
        guard j + 4 <= end else { return nil }
        var value = 0
        for k in j..<(j + 4) {
            guard let d = HanNumeral.digit(a[k]) else { return nil }
            value = value * 10 + d
        }
        // A fifth digit means this is not a year (a serial number or an amount).
        if j + 4 < end, HanNumeral.digit(a[j + 4]) != nil { return nil }
        guard (1949...2099).contains(value) else { return nil }
        j += 4
        return value
    }

    /// Month or day: one or two ASCII digits, or a Chinese number below 100.
    private static func parsePart(_ a: [Unicode.Scalar], at j: inout Int, end: Int) -> Int? {
        if j < end, let d = HanNumeral.ascii(a[j]) {
            var value = d
            j += 1
            if j < end, let d2 = HanNumeral.ascii(a[j]) {
                value = value * 10 + d2
                j += 1
            }
            return value
        }
        guard let (value, length) = HanNumeral.parseSmall(a, at: j, limit: end) else { return nil }
        j += length
        return value
    }

    /// Steps over blanks inside a date (`2023年 2月`).
    private static func skipSpaces(_ a: [Unicode.Scalar], _ j: inout Int, _ end: Int) {
        while j < end, TextLine.isBlank(a[j]) { j += 1 }
    }
}
