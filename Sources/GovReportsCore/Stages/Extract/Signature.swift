/// The signature block at the end of a report: the signing agency line and the date under it.
struct Signature: Sendable, Equatable {
    /// Offsets of the agency name, when a name line precedes the date.
    var agency: Range<Int>?
    /// The signing date.
    var date: ChineseDate

    /// Searches the last `window` lines for a date-only line (or `agency date` on one line) and the agency line above
    /// it; `isAgency` tells whether a scalar range is exactly one agency name.
    static func find(in a: [Unicode.Scalar], lines: [TextLine], window: Int,
                     isAgency: (_ start: Int, _ end: Int) -> Bool) -> Signature? {
        var fallback: Signature?
        let first = max(0, lines.count - window)
        var k = lines.count - 1
        while k >= first {
            let line = lines[k]
            if let (date, next) = ChineseDate.parse(a, at: line.start, end: line.end), next == line.end {
                if k > 0, isAgency(lines[k - 1].start, lines[k - 1].end) {
                    return Signature(agency: lines[k - 1].start..<lines[k - 1].end, date: date)
                }
                // A bare date line at the very end is still the signing date.
                if fallback == nil, k >= lines.count - 3 { fallback = Signature(agency: nil, date: date) }
            } else if let split = lastBlankRun(a, line) {
                // `深圳市龙岗区民政局 2018年11月29日` on one line.
                if let (date, next) = ChineseDate.parse(a, at: split.upperBound, end: line.end), next == line.end,
                   isAgency(line.start, split.lowerBound) {
                    return Signature(agency: line.start..<split.lowerBound, date: date)
                }
            }
            k -= 1
        }
        return fallback
    }

    /// The last run of blanks inside a line.
    private static func lastBlankRun(_ a: [Unicode.Scalar], _ line: TextLine) -> Range<Int>? {
        var e = line.end - 1
        while e > line.start, !TextLine.isBlank(a[e]) { e -= 1 }
        guard e > line.start else { return nil }
        var s = e
        while s > line.start, TextLine.isBlank(a[s - 1]) { s -= 1 }
        return s..<(e + 1)
    }
}
