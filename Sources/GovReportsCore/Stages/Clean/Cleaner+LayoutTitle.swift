/// The headline slot of a page that names its article nowhere else: a portal whose `<title>` is the site name and
/// whose headline sits in an unnamed `<div>` keeps the headline on the line just above the date line
/// (`发布时间：…`, `2024-03-05 17:02`), as nearly every government CMS lays out title, date and body.
extension Cleaner {
    /// Shortest headline taken from the layout (scalars).
    static let layoutTitleMinLength = 5
    /// Longest headline taken from the layout (scalars).
    static let layoutTitleMaxLength = 80
    /// Longest line read as a date line (UTF-8 bytes).
    static let layoutDateLineMaxBytes = 200

    /// The line above the first date line of `lines` (the lines before the body, then the chrome taken from it),
    /// when it reads as a headline: not chrome, not a label, not a sentence, not the site's name.
    func layoutTitle(_ lines: [String], siteName: String?) -> String? {
        guard let k = lines.firstIndex(where: isDateLine), k > 0 else { return nil }
        let line = lines[k - 1]
        guard !TextScan.scalarCount(line, exceeds: Cleaner.layoutTitleMaxLength),
              TextScan.scalarCount(line, exceeds: Cleaner.layoutTitleMinLength - 1),
              !TextScan.endsLikeSentence(line),
              !line.unicodeScalars.contains(where: { $0 == ":" || $0 == "：" || $0 == "\t" }),
              !isDateLine(line),
              !Cleaner.opensWithDash(line),
              !SiteNameTitle.isSiteName(line, siteName: siteName),
              lineFilter.rule(for: line) == nil else { return nil }
        return line
    }

    /// The page's unmarked headline (`<h2>` or headline slot) as its title: not the site's name, a dash-led subtitle or a chrome line, and
    /// matching the `<title>` when that names the article (or beating it when it names only a channel).
    func subheadTitle(_ headline: String, page: PageMetadata) -> String? {
        guard !SiteNameTitle.isSiteName(headline, siteName: page.siteName), !Cleaner.opensWithDash(headline),
              lineFilter.rule(for: headline) == nil else { return nil }
        guard let html = page.htmlTitle else { return headline }
        if metadata.pickTitle([headline], htmlTitle: html) != nil { return headline }
        return Cleaner.layoutTitle(headline, beatsColumn: html) ? headline : nil
    }

    /// Dashes that lead a subtitle (`——2024年1月18日在…会议上`, `—在…会议上的讲话`) rather than a headline.
    static let subtitleDashes: Set<Unicode.Scalar> = ["—", "－", "-", "–", "―"]

    /// Whether `line` opens with a dash: a report's subtitle under its headline (the meeting it was given at), which
    /// sits above the date line when the headline itself is not in a title element.
    static func opensWithDash(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return subtitleDashes.contains(first)
    }

    /// Whether the layout's headline slot beats a `<title>` that names only a channel or the page's function
    /// (`信息公开`, `打印页面`: short, digit-free), as a headline beats it (`SiteNameTitle.headline(overColumn:)`).
    static func layoutTitle(_ headline: String, beatsColumn column: String) -> Bool {
        SiteNameTitle.headline(overColumn: column, headlines: [headline]) != nil
    }

    /// Whether a line holds the page's date: a labelled date (`发布时间：`, `日期：`) or a date alone.
    func isDateLine(_ line: String) -> Bool {
        guard line.utf8.count <= Cleaner.layoutDateLineMaxBytes, TextScan.hasFourDigits(line) else { return false }
        return metadata.firstDate(metadata.labeledDate, in: line) != nil
            || metadata.firstDate(metadata.genericDate, in: line) != nil
            || metadata.firstDate(metadata.bareDate, in: line) != nil
    }

    /// A `title-disagrees` diagnostic when the headline and the `<title>` both exist and neither holds the other.
    static func titleDisagreement(_ page: PageMetadata) -> Diagnostic? {
        guard let headline = page.articleTitle, let title = page.htmlTitle else { return nil }
        let a = TitleMerger.key(headline)
        let b = TitleMerger.key(title)
        guard !a.isEmpty, !b.isEmpty, !a.contains(b), !b.contains(a) else { return nil }
        return Diagnostic(.titleDisagrees, stage: .clean, severity: .info,
                          "headline \u{201C}\(headline)\u{201D} taken as the title; the <title> says \u{201C}\(title)\u{201D}")
    }
}
