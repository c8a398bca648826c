import Foundation

/// Publication dates printed at the end of a page's breadcrumb line (`当前位置：首页 > 政务公开 > 正文　2024-01-11`):
/// some CMS templates show the date nowhere else, and the breadcrumb rule drops the line as chrome.
extension PageMetadataExtractor {
    /// Scalars that separate a breadcrumb's steps.
    static let crumbSeparators: Set<Unicode.Scalar> = [">", "＞", "»", "›", "→"]
    /// Words one of which the text before a breadcrumb's first separator holds (`当前位置：首页`, `网站首页`).
    static let crumbLeads = ["位置", "首页", "主页"]
    /// Longest word between the last separator and the date (`正文`, `详情`, `内容页`); a longer one is an article
    /// title that holds a date of its own, not the page's date.
    static let crumbDateTailMaxScalars = 6
    /// Scalars that may not stand in that word: an opening parenthesis makes the date part of a title
    /// (`…的讲话（2024年1月5日）`).
    static let crumbTailForbidden: Set<Unicode.Scalar> = ["(", "（", "《", "“", "\""]

    /// The ISO date that ends `line` when the line is a breadcrumb whose last step is at most a short word and
    /// that date; nil otherwise.
    func crumbDate(in line: String) -> String? {
        guard TextScan.hasFourDigits(line), line.utf8.count <= PageMetadataExtractor.bareDateLineMaxBytes else { return nil }
        let a = Array(line.unicodeScalars)
        guard let first = a.firstIndex(where: { PageMetadataExtractor.crumbSeparators.contains($0) }),
              let last = a.lastIndex(where: { PageMetadataExtractor.crumbSeparators.contains($0) }) else { return nil }
        let lead = String(String.UnicodeScalarView(a[..<first]))
        guard PageMetadataExtractor.crumbLeads.contains(where: { lead.contains($0) }) else { return nil }
        var tail = Array(a[(last + 1)...])
        let closing: Set<Unicode.Scalar> = ["]", "】", ")", "）"]
        while let end = tail.last, TextScan.isBlank(end) || closing.contains(end) { tail.removeLast() }
        let text = String(String.UnicodeScalarView(tail))
        let ns = text as NSString
        // The date must end the step: the last date match, reaching the end (an optional 日 and clock time allowed).
        guard let match = anyDate.matches(in: text, range: NSRange(location: 0, length: ns.length)).last else { return nil }
        let after = TextScan.trimmed(ns.substring(from: match.range.location + match.range.length))
        guard after.isEmpty || after == "日" || after.unicodeScalars.allSatisfy({ $0 == ":" || $0 == " " || ("0"..."9").contains($0) })
        else { return nil }
        let before = ns.substring(to: match.range.location).unicodeScalars.filter { !TextScan.isBlank($0) && !"[【".unicodeScalars.contains($0) }
        guard before.count <= PageMetadataExtractor.crumbDateTailMaxScalars,
              !before.contains(where: { PageMetadataExtractor.crumbTailForbidden.contains($0) }) else { return nil }
        return firstDate(anyDate, in: ns.substring(with: match.range))
    }
}
