/// The publication date a page states only in machine-readable form, in a `<time datetime="2024-03-05T09:30">`
/// element (HTML5 article templates that print a relative "3 天前", an icon, or nothing): the parser never sees
/// the attribute (`ParserInputTrimmer` drops it), so it is read from the raw markup, and only when nothing visible
/// gave a date. A list of other articles carries `<time>`s too: a `<time>` inside a list item or a link is that
/// item's, and an unmarked date is taken only when every other `<time>` on the page names the same day; a
/// `<time pubdate>` or `itemprop="datePublished"` is the article's own wherever it stands.
enum TimeElementDate {
    /// `time`, lower case.
    static let tag: [UInt8] = Array("time".utf8)
    /// `li`, lower case: a list item's `<time>` dates that item.
    static let listItem: [UInt8] = Array("li".utf8)
    /// `a`, lower case: a link's `<time>` dates the linked page.
    static let link: [UInt8] = Array("a".utf8)
    /// The `itemprop` value (lower case) that marks the article's own publication time (schema.org).
    static let publishedItemprop = "datepublished"
    /// The boolean attribute that marks it (HTML5 drafts; CMS templates still write it).
    static let pubdateAttribute = "pubdate"
    /// Most `<time>` elements read (a page with more is a listing, not an article).
    static let maxElements = 40

    /// The page's publication date (ISO) from its `<time datetime>` elements, nil when none or when they disagree
    /// and none is marked as the publication time.
    static func date(in utf8: [UInt8]) -> String? {
        var dates: Set<String> = []
        var marked: String?
        var seen = 0
        var i = 0
        let n = utf8.count
        // Open list items and links around the scan point (never below zero: stray end tags are common).
        var inItem = 0
        var inLink = 0
        while i < n, seen < maxElements {
            guard utf8[i] == 0x3C, i + 1 < n else { i += 1; continue }
            let closing = utf8[i + 1] == 0x2F
            let name = i + (closing ? 2 : 1)
            if EmbeddedDocumentScanner.hasName(listItem, in: utf8, at: name) {
                inItem = max(0, inItem + (closing ? -1 : 1))
            } else if EmbeddedDocumentScanner.hasName(link, in: utf8, at: name) {
                inLink = max(0, inLink + (closing ? -1 : 1))
            }
            guard !closing, EmbeddedDocumentScanner.hasName(tag, in: utf8, at: name),
                  let attrs = StartTagAttributes(utf8, from: name + tag.count) else { i += 1; continue }
            i = attrs.end
            seen += 1
            guard let range = attrs.value("datetime"), let date = isoDate(utf8[range]) else { continue }
            let itemprop = attrs.value("itemprop").map { String(decoding: utf8[$0], as: UTF8.self).lowercased() }
            if attrs.has(pubdateAttribute) || itemprop == publishedItemprop {
                if marked == nil { marked = date }
            } else if inItem == 0 && inLink == 0 {
                dates.insert(date)
            }
        }
        if let marked { return marked }
        return dates.count == 1 ? dates.first : nil
    }

    /// `YYYY-MM-DD` from a `datetime` value that starts with a full date (`2024-03-05`, `2024-03-05T09:30+08:00`,
    /// `2024-03-05 09:30`), nil for anything else (a duration, a bare year or month).
    static func isoDate(_ value: ArraySlice<UInt8>) -> String? {
        let bytes = Array(value.drop { SrcdocSplicer.isSpace($0) })
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        if bytes.count > 10, !(bytes[10] == 0x54 || bytes[10] == 0x74 || SrcdocSplicer.isSpace(bytes[10])) { return nil }
        guard let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]) else {
            return nil
        }
        return PageMetadataExtractor.isoDate(year: year, month: month, day: day)
    }

    /// The value of ASCII digits, nil when any byte is not one.
    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for d in digits {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            value = value * 10 + Int(d - 0x30)
        }
        return value
    }
}
