/// The page's clock: the masthead line a portal prints with today's date (`2026年12月7日　星期一`,
/// `今天是 2026年12月7日`, the date in one box and the weekday in the next). It is the date the page was served, not
/// the article's, so it is no candidate for the publication date: a wrong date is worse than none. A clock line
/// names the weekday or the lunar date beside the date, or says "today"; one above the headline is the clock, and
/// a today-word marks it anywhere. An info line with its fields (`来源：…`) is the article's, weekday or not.
enum PageClock {
    /// The scalars that open a weekday name before the day (`星期一`, `礼拜天`).
    static let weekdayWords: [[Unicode.Scalar]] = [Array("星期".unicodeScalars), Array("礼拜".unicodeScalars)]
    /// The short weekday prefix (`周一`).
    static let shortWeekday: Unicode.Scalar = "周"
    /// Day names after a weekday word.
    static let dayNames: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "日", "天"]
    /// Day names after the short prefix (`周天` is no written form).
    static let shortDayNames: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "日"]
    /// Words that date a calendar rather than an article (`农历十月廿八`).
    static let lunarWords: [String] = ["农历", "阴历"]
    /// Words that say the date shown is today's.
    static let todayWords: [String] = ["今天是", "今天", "今日", "当前日期", "当前时间", "现在时间", "现在是"]
    /// Longest line (scalars) read as a clock line.
    static let maxLineScalars = 60
    /// The info-line field labels (`来源`, `作者`, `浏览` …) whose presence makes a dated line the article's.
    static let fieldLabels: [String] = PageMetadataExtractor.fieldLabels.split(separator: "|").map(String.init)
    // The word lists as UTF-8 bytes: `String.contains(String)` is Foundation's locale-aware search, which cost
    // 65 M instructions per 100 pages here (3.6% of `stream`); a byte search finds the same words.
    /// `fieldLabels` as UTF-8 bytes.
    static let fieldLabelBytes: [[UInt8]] = fieldLabels.map { Array($0.utf8) }
    /// `todayWords` as UTF-8 bytes.
    static let todayWordBytes: [[UInt8]] = todayWords.map { Array($0.utf8) }
    /// `lunarWords` as UTF-8 bytes.
    static let lunarWordBytes: [[UInt8]] = lunarWords.map { Array($0.utf8) }

    /// `lines` (the lines before the body, in page order) without the clock lines: those above the last line that is
    /// one of `headlines`, or anywhere when no headline is among them, and every line that says "today".
    static func withoutClockLines(_ lines: [String], headlines: [String]) -> [String] {
        guard lines.contains(where: TextScan.hasFourDigits) else { return lines }
        let headline = lines.lastIndex { line in headlines.contains { !$0.isEmpty && line.hasPrefix($0) } }
        var kept: [String] = []
        kept.reserveCapacity(lines.count)
        for (i, line) in lines.enumerated() {
            let next = i + 1 < lines.count ? lines[i + 1] : nil
            if isClock(line, next: next, aboveHeadline: headline.map { i < $0 } ?? true) { continue }
            kept.append(line)
        }
        return kept
    }

    /// Whether `line` (followed by `next`) is the page's clock; `aboveHeadline`: it stands above the headline.
    static func isClock(_ line: String, next: String?, aboveHeadline: Bool) -> Bool {
        guard TextScan.hasFourDigits(line), !TextScan.scalarCount(line, exceeds: maxLineScalars) else { return false }
        if fieldLabelBytes.contains(where: { TextScan.contains(line, bytes: $0) }) { return false }
        if todayWordBytes.contains(where: { TextScan.contains(line, bytes: $0) }) { return true }
        guard aboveHeadline else { return false }
        if namesWeekday(line) || lunarWordBytes.contains(where: { TextScan.contains(line, bytes: $0) }) { return true }
        // The weekday in the next box: `<div>2026年12月7日</div><div>星期一</div>`.
        if let next, !TextScan.scalarCount(next, exceeds: maxWeekdayLineScalars), namesWeekday(next) { return true }
        return false
    }

    /// Longest next line (scalars) read as the clock's weekday box (`星期一`, `周一 晴`).
    static let maxWeekdayLineScalars = 12

    /// Whether `text` names a weekday (`星期一`, `礼拜天`, `周日`).
    static func namesWeekday(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == shortWeekday, i + 1 < scalars.count, shortDayNames.contains(scalars[i + 1]) { return true }
            for word in weekdayWords where i + word.count < scalars.count
                && Array(scalars[i..<(i + word.count)]) == word && dayNames.contains(scalars[i + word.count]) {
                return true
            }
            i += 1
        }
        return false
    }
}
