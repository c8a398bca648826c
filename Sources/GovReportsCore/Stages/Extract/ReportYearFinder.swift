/// Decides which year a report is about: title, opening paragraph, headings, then the signing or publication date.
struct ReportYearFinder: Sendable {
    /// Scalars that anonymize a year (`20*年`).
    let anonymizedMarks: Set<Unicode.Scalar>
    /// Scalars before a year that make it a point of comparison (`由`, `比`).
    var referenceBefore: Set<Unicode.Scalar> = []
    /// Words after `年` that make a year a point of comparison (`相比`, `同期`), as scalars.
    var referenceAfter: [[Unicode.Scalar]] = []
    /// Endings of a cited plan's title (`要点`, `规划`), whose year is the plan's; empty: no title is skipped.
    var citedPlanEndings: [[Unicode.Scalar]] = []
    /// Scalars opening a trailing qualifier of a cited title (`（2021—2025年）`), looked past for its ending.
    static let qualifierOpeners: Set<Unicode.Scalar> = ["（", "("]
    /// Scalars closing such a qualifier.
    static let qualifierClosers: Set<Unicode.Scalar> = ["）", ")"]

    /// Years written `2022年`/`2022年度`/`二〇二二年` in `a[from..<to]`, skipping dates with a month, range ends
    /// and (when `outsideTitles`) anything inside `《》`, else (when `skippingPlans`) any cited title ending with
    /// `citedPlanEndings`; `年度` years win over plain ones.
    func scan(_ a: [Unicode.Scalar], from: Int, to: Int, outsideTitles: Bool,
              skippingPlans: Bool = false) -> ReportYearFinding {
        var depth = 0
        var plain: Int?
        var sawAnonymized = false
        var i = from
        while i < to {
            let s = a[i]
            if s == "《" {
                // A cited plan (an outline, a year's key points) carries the plan's year.
                if skippingPlans, !outsideTitles, depth == 0, let close = citedPlanEnd(a, i, to) { i = close + 1; continue }
                depth += 1
            } else if s == "》" { depth = max(0, depth - 1) }
            if outsideTitles && depth > 0 { i += 1; continue }
            if let year = yearAt(a, i, to) {
                let after = i + 4
                let isRangeEnd = i > from && "-—~至到".unicodeScalars.contains(a[i - 1])
                if !isRangeEnd, !isDateWithMonth(a, after + 1, to), !isReference(a, i, after + 1, to) {
                    if after + 1 < to, a[after + 1] == "度" { return .year(year) }
                    if plain == nil { plain = year }
                }
                i = after + 1
                continue
            }
            if isAnonymizedYear(a, i, to) { sawAnonymized = true }
            i += 1
        }
        if let plain { return .year(plain) }
        return sawAnonymized ? .anonymized : .none
    }

    /// The index of the `》` closing the title opened at `open`, when the title is a plan's: it ends with one of
    /// `citedPlanEndings`, before a trailing qualifier (`纲要（2021—2025年）`). Nil otherwise, and when the title is
    /// not closed before `to`.
    private func citedPlanEnd(_ a: [Unicode.Scalar], _ open: Int, _ to: Int) -> Int? {
        guard !citedPlanEndings.isEmpty, open + 1 < to, let close = a[(open + 1)..<to].firstIndex(of: "》") else { return nil }
        var end = close
        if end - 1 > open, Self.qualifierClosers.contains(a[end - 1]),
           let start = a[(open + 1)..<(end - 1)].lastIndex(where: { Self.qualifierOpeners.contains($0) }) {
            end = start
        }
        let isPlan = citedPlanEndings.contains { e in
            end - open - 1 >= e.count && a[(end - e.count)..<end].elementsEqual(e)
        }
        return isPlan ? close : nil
    }

    /// Whether the year at `start` (its `年` ends before `next`) is a point of comparison: `由2022年的…`,
    /// `自2019年以来`, `与2021年相比`.
    private func isReference(_ a: [Unicode.Scalar], _ start: Int, _ next: Int, _ to: Int) -> Bool {
        if start > 0, referenceBefore.contains(a[start - 1]) { return true }
        return referenceAfter.contains { AgencyFinder.has($0, in: a, at: next, end: to) }
    }

    /// A four-digit year (ASCII or Chinese digits) at `i` followed by `年`.
    private func yearAt(_ a: [Unicode.Scalar], _ i: Int, _ to: Int) -> Int? {
        guard i + 4 < to, a[i + 4] == "年" else { return nil }
        if i > 0, HanNumeral.digit(a[i - 1]) != nil { return nil }
        var value = 0
        for k in i..<(i + 4) {
            guard let d = HanNumeral.digit(a[k]) else { return nil }
            value = value * 10 + d
        }
        return (1949...2099).contains(value) ? value : nil
    }

    /// Whether a month follows (`2023年2月`): then the year belongs to a date, not a report year.
    private func isDateWithMonth(_ a: [Unicode.Scalar], _ i: Int, _ to: Int) -> Bool {
        var j = i
        var digits = 0
        while j < to, digits < 3, HanNumeral.digit(a[j]) != nil || a[j] == "十" { j += 1; digits += 1 }
        return digits > 0 && j < to && a[j] == "月"
    }

    /// `20*年`, `20××年`, `20XX年`: two digits then anonymizing marks then `年`.
    private func isAnonymizedYear(_ a: [Unicode.Scalar], _ i: Int, _ to: Int) -> Bool {
        guard i + 2 < to, HanNumeral.ascii(a[i]) != nil, HanNumeral.ascii(a[i + 1]) != nil,
              anonymizedMarks.contains(a[i + 2]) else { return false }
        if i > 0, HanNumeral.ascii(a[i - 1]) != nil { return false }
        var j = i + 2
        while j < to, j < i + 4, anonymizedMarks.contains(a[j]) || HanNumeral.ascii(a[j]) != nil { j += 1 }
        return j < to && a[j] == "年"
    }

    /// Year from the date alone: signed in January–March means the previous year, October–December the same year.
    static func fromDate(_ date: ChineseDate) -> Int? {
        if date.month <= 3 { return date.year - 1 }
        if date.month >= 10 { return date.year }
        return nil
    }
}
