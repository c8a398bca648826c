/// Tells a site's or organ's own name (`石门市人民政府`, `某县统计局门户网站`) from an article headline: portals put
/// the site name alone in `<title>` and the logo in an `<h1>`, and neither is the article's title.
enum SiteNameTitle {
    /// Longest text (scalars) read as a bare site name; headlines that end like an organ are longer sentences.
    static let maxLength = 20
    /// Words no bare site name holds: they start or end an article's headline.
    static let articleWords = ["关于", "通知", "公告", "报告", "召开", "举行", "开展", "印发", "公布", "年度", "工作"]

    /// Whether `text` is only a site or organ name: short, without digits, ending like a site (`PageMetadataExtractor.siteEndings`)
    /// or equal to the page's `siteName`, and holding no headline word.
    static func isSiteName(_ text: String, siteName: String?) -> Bool {
        let key = TitleMerger.key(text)
        if let siteName, !siteName.isEmpty {
            let site = TitleMerger.key(siteName)
            if key == site || (site.contains(key) && !key.isEmpty) { return true }
        }
        guard !TextScan.scalarCount(text, exceeds: maxLength) else { return false }
        if hasDigit(text) { return false }
        if articleWords.contains(where: { text.contains($0) }) { return false }
        return PageMetadataExtractor.siteEndings.contains { text.hasSuffix($0) } || text.hasSuffix("门户网站")
    }

    /// Longest `<title>` (scalars) read as a column name (`工作动态`, `通知公告`) when a headline disagrees with it.
    static let columnMaxLength = 8

    /// The page's headline when its `<title>` is only the channel's name: a short, digit-free `<title>` that no
    /// headline matches gives way to the first headline at least twice its length.
    static func headline(overColumn column: String, headlines: [String]) -> String? {
        guard !TextScan.scalarCount(column, exceeds: columnMaxLength),
              !hasDigit(column) else { return nil }
        let length = column.unicodeScalars.count
        return headlines.first { candidate in
            TextScan.scalarCount(candidate, exceeds: 2 * length - 1) && !TextScan.scalarCount(candidate, exceeds: 120)
        }
    }

    /// Whether a `<title>` names only a channel (`部门动态`, `信息公开`, `通知公告`): short, digit-free, and not ending
    /// with a document's kind (`报告`, `公报`, `通知` …, `情况`), as a short real title (`政府工作报告`) does.
    static func namesOnlyChannel(_ title: String) -> Bool {
        !TextScan.scalarCount(title, exceeds: columnMaxLength) && !hasDigit(title)
            && !TitleMerger.wholeEndings.contains { title.hasSuffix($0) }
    }

    /// Whether `text` holds an ASCII or full-width digit (not `numericType`: 万, 一, 千 are numeric ideographs, and
    /// place names are full of them).
    static func hasDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) || ("\u{FF10}"..."\u{FF19}").contains($0) }
    }
}
