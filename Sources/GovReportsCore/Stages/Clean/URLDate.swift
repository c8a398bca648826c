/// Reads a full publication date from a page's address, as CMSs file articles by day: `/art/2024/3/5/art_1_2.html`,
/// `/202403/t20240305_123.html`, `/2024-03-05/`, `/20240305/`. Only a whole year-month-day path segment (or a TRS
/// `tYYYYMMDD_` file name) counts; a bare `/202403/` month or a number inside an id gives nothing.
enum URLDate {
    /// Earliest year read from an address.
    static let minYear = 1995
    /// Latest year read from an address.
    static let maxYear = 2099

    /// The ISO date in `address`'s path, or nil.
    static func date(in address: String) -> String? {
        // The path only: after the host (a query's numbers are ids, not dates).
        var path = Substring(address)
        if let scheme = path.range(of: "://") {
            path = path[scheme.upperBound...]
            guard let slash = path.firstIndex(of: "/") else { return nil }
            path = path[slash...]
        }
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<q] }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // `/2024/3/5/`: three numeric segments in a row.
        if segments.count >= 3 {
            for k in 0...(segments.count - 3) {
                if let y = number(segments[k], digits: 4...4), let m = number(segments[k + 1], digits: 1...2),
                   let d = number(segments[k + 2], digits: 1...2), let iso = iso(y, m, d) {
                    return iso
                }
            }
        }
        for segment in segments {
            // `20240305` (a whole segment), `2024-03-05`, `t20240305_123.html` (TRS); an 8-digit file name
            // without the `t` may be an id.
            var s = Substring(segment)
            if s.hasPrefix("t") || s.hasPrefix("T") { s = s.dropFirst() }
            let digits = s.prefix { $0.isASCII && ($0.isNumber || $0 == "-") }
            let rest = s.dropFirst(digits.count)
            guard rest.isEmpty || rest.hasPrefix("_") || rest.hasPrefix(".") else { continue }
            let parts = digits.split(separator: "-").map(String.init)
            if parts.count == 1, parts[0].count == 8,
               let y = Int(parts[0].prefix(4)), let m = Int(parts[0].dropFirst(4).prefix(2)), let d = Int(parts[0].suffix(2)),
               let iso = iso(y, m, d), rest.isEmpty || s.count < segment.count {
                return iso
            }
            if parts.count == 3, let y = number(parts[0], digits: 4...4), let m = number(parts[1], digits: 1...2),
               let d = number(parts[2], digits: 1...2), let iso = iso(y, m, d) {
                return iso
            }
        }
        return nil
    }

    /// The segment as a number when it is only ASCII digits of a length in `digits`.
    static func number(_ s: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    /// `YYYY-MM-DD` when the parts make a plausible calendar date.
    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (minYear...maxYear).contains(y) else { return nil }
        return PageMetadataExtractor.isoDate(year: y, month: m, day: d)
    }
}
