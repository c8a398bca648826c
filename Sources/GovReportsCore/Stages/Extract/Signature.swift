/// The signature block at the end of a report: the signing agency line and the date under it.
struct Signature: Sendable, Equatable {
    /// Offsets of the agency name, when a name line precedes the date; with joint signers, the first named.
    var agency: Range<Int>?
    /// Offsets of the other signers of a joint signature, top to bottom (empty for one signer).
    var coSigners: [Range<Int>] = []
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
                if k > 0, let signed = stacked(a, lines, above: k, notAbove: first, isAgency, date: date) {
                    return signed
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

    /// An issuer block under the title (`某县统计局` over `2024年3月20日`, as 统计公报 print it): a date-only line among
    /// the first `window` lines with agency lines right above it (normalize has moved the title out of the text; a
    /// title line left in is no agency line).
    static func underTitle(in a: [Unicode.Scalar], lines: [TextLine], window: Int,
                           isAgency: (_ start: Int, _ end: Int) -> Bool) -> Signature? {
        var k = 1
        while k < min(window, lines.count) {
            let line = lines[k]
            if let (date, next) = ChineseDate.parse(a, at: line.start, end: line.end), next == line.end,
               let signed = stacked(a, lines, above: k, notAbove: 0, isAgency, date: date) {
                return signed
            }
            k += 1
        }
        return nil
    }

    /// The signers on the lines right above line `k` (down to line `floor`), with `date`, or nil when line `k - 1`
    /// names none. Joint signers stand on the lines above one another (`中共某县委` over `某县人民政府`) or side by
    /// side on one line; the first named is the agency.
    private static func stacked(_ a: [Unicode.Scalar], _ lines: [TextLine], above k: Int, notAbove floor: Int,
                                _ isAgency: (_ start: Int, _ end: Int) -> Bool, date: ChineseDate) -> Signature? {
        guard var all = signers(a, lines[k - 1], isAgency) else { return nil }
        var top = k - 1
        while top > floor, let more = signers(a, lines[top - 1], isAgency) {
            all = more + all
            top -= 1
        }
        return Signature(agency: all[0], coSigners: Array(all.dropFirst()), date: date)
    }

    /// The agency names a line consists of: the whole line, or its parts between blanks or `、` when each is one
    /// name (`中共某县委、某县人民政府`).
    private static func signers(_ a: [Unicode.Scalar], _ line: TextLine,
                                _ isAgency: (_ start: Int, _ end: Int) -> Bool) -> [Range<Int>]? {
        if isAgency(line.start, line.end) { return [line.start..<line.end] }
        var parts: [Range<Int>] = []
        var s = line.start
        var i = line.start
        while i <= line.end {
            if i == line.end || TextLine.isBlank(a[i]) || a[i] == "、" {
                if i > s { parts.append(s..<i) }
                s = i + 1
            }
            i += 1
        }
        guard parts.count > 1, parts.allSatisfy({ isAgency($0.lowerBound, $0.upperBound) }) else { return nil }
        return parts
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
