import Foundation

/// Reads title, publication date, 来源 and site name from meta tags, the `<title>`, title elements and page lines.
struct PageMetadataExtractor: @unchecked Sendable {
    /// `发布时间：2023-02-22 11:11` and kin: labels that name the publication.
    let labeledDate: NSRegularExpression
    /// `日期：2023-02-22`: a bare date label, trusted after the publication labels.
    let genericDate: NSRegularExpression
    /// A line that is only a date, optionally with a time (`2023-12-01 14:43`, `2023年12月01日 09:45`).
    let bareDate: NSRegularExpression
    /// `桃源县统计局　2024年03月12日　【字体：大 中 小】`: a date line led by one short word (the organ), no word after it.
    let leadBareDate: NSRegularExpression
    /// Any date inside a meta value.
    let anyDate: NSRegularExpression
    /// `来源：区民政局` and kin.
    let sourceField: NSRegularExpression
    /// `发布机构：余杭区统计局` and kin on an info line (a header table's issuer is read by `apply(header:)`).
    let issuerField: NSRegularExpression
    /// A headline with the page's date glued after it (`标题<span>2024-03-05</span>`): group 1 the headline,
    /// group 2 the date.
    let trailingDate: NSRegularExpression

    /// Labels that name a page's publication date (`发布时间：…`).
    static let publicationLabels = ["发布时间", "发布日期", "发表时间", "发表日期", "发文日期", "生成日期", "公开日期", "印发日期"]
    /// Labels of the fields that may follow a page's date on its info line.
    static let fieldLabels = "来源|信息来源|文章来源|稿件来源|作者|发布机构|发布者|阅读|浏览|点击|访问|浏览次数|点击数|阅读次数|阅读量|访问量|访问次数|字号|字体"
    /// Longest line (UTF-8 bytes) read for a labelled date or 来源.
    static let labeledLineMaxBytes = 300
    /// Longest line (UTF-8 bytes) read for a date standing alone or before the info line's other fields.
    static let bareDateLineMaxBytes = 160
    /// Longest unlabelled word after a bare date (`2024-03-05　桃源县财政局`: the publishing organ); a longer tail
    /// or one with punctuation is a sentence that quotes a date.
    static let bareDateTailMaxScalars = 20
    /// Meta keys that carry the publication date, best first.
    static let dateKeys = ["pubdate", "publishdate", "article:published_time", "og:article:published_time",
                           "published_time", "publish_date", "firstpublishedtime", "datepublished",
                           "dcterms.issued", "dc.date.issued", "dc.date", "og:release_date", "publishtime", "publish_time",
                           "pubtime", "releasedate", "release_date"]
    /// Meta keys that carry the article title, best first.
    static let titleKeys = ["articletitle", "og:title", "dc.title"]
    /// Values a 来源 pattern may capture that are really the next field's label.
    static let labelWords: Set<String> = ["发布时间", "发布日期", "时间", "日期", "作者", "浏览次数", "点击数", "字号", "字体", "编辑",
                                          "访问量", "访问次数", "浏览量", "阅读", "阅读量", "阅读次数", "点击", "浏览", "发布者", "发布机构"]
    /// Endings of a `<title>` segment that names the site rather than the article.
    static let siteEndings = ["网", "网站", "政府", "门户", "委员会", "局", "厅", "办公室", "中心", "平台", "频道", "首页", "在线", "政务网"]
    /// Scalars that separate a `<title>` from its site-name suffix.
    static let titleSeparators: Set<Unicode.Scalar> = ["_", "|", "｜", "-", "—", "–", "－"]

    /// Compiles the patterns, once per run.
    init() {
        let date = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})"
        // The patterns are literals; a failure here is a programming error caught by every test run.
        // The date may stand in brackets after the colon (`发布时间:[2024-03-05]`).
        labeledDate = try! NSRegularExpression(pattern: "(?:" + PageMetadataExtractor.publicationLabels.joined(separator: "|")
            + ")\\s*[:：]\\s*[\\[【(（]?\\s*" + date)
        // A bare 日期/时间 label only when no other word is glued before it (留言时间, 成文日期 are other dates).
        genericDate = try! NSRegularExpression(pattern: "(?<![\\u4e00-\\u9fff])(?:日期|时间|Date|date)\\s*[:：]\\s*[\\[【(（]?\\s*" + date)
        // The date may stand in brackets (`[ 2024-03-05 ]`) and be followed by the page's other fields
        // (`来源：…　阅读：…`): still the line's own date, not a date quoted in a sentence.
        // A counter without a colon (`阅读 1536`) or one short unlabelled word after a blank (the organ) too.
        // The line's fields may follow one another (`2024年1月30日 · 县教育局 · 阅读 902`: separators are blanked
        // first; still one unlabelled word at most, two are prose), a bracketed control group among them (`【字体：大 中 小】`); one short word may stand before the
        // date (`桃源县统计局　2024年03月12日`: the organ first), and a word may be glued to a clock time
        // (`2024-02-03 10:22镇党政办`: spans without blanks), a time marking a timestamp rather than prose.
        let word = "[^\\s，,。；;：:！？!?、]{2," + String(PageMetadataExtractor.bareDateTailMaxScalars) + "}"
        let leadWord = "[^\\s，,。；;：:！？!?、\\d\\[【(（]{2," + String(PageMetadataExtractor.bareDateTailMaxScalars) + "}"
        let field = "\\s*(?:" + PageMetadataExtractor.fieldLabels + ")\\s*(?:[:：].*|\\d[\\d,.]*万?(?:\\s.*)?)"
        let control = "\\s*[\\[【][^\\]】]{1," + String(PageMetadataExtractor.bareDateTailMaxScalars) + "}[\\]】]"
        let stamp = "[\\[【(（]?\\s*" + date + "\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:[^\\s，,。；;：:！？!?、\\d]{2,"
            + String(PageMetadataExtractor.bareDateTailMaxScalars) + "})?)?\\s*[\\]】)）]?"
        bareDate = try! NSRegularExpression(pattern: "^" + stamp
            + "(?:" + field + "|" + control + ")*(?:\\s+" + word + ")?(?:" + field + "|" + control + ")*$")
        // With the word before the date, none after it: `县政府 2024年3月5日 召开会议` is prose.
        leadBareDate = try! NSRegularExpression(pattern: "^" + leadWord + "\\s+" + stamp + "(?:" + field + "|" + control + ")*$")
        anyDate = try! NSRegularExpression(pattern: date)
        // Brackets close a field as spaces do (`【来源：交警大队】【发布时间：…】`).
        sourceField = try! NSRegularExpression(pattern: "(?:信息来源|文章来源|稿件来源|来源)\\s*[:：]\\s*([^\\s|｜:：，,【】\\[\\]（）()]{1,40})")
        issuerField = try! NSRegularExpression(pattern: "(?:发布机构|发文机关|发布单位)\\s*[:：]\\s*([^\\s|｜:：，,【】\\[\\]（）()]{1,40})")
        // Not a date in parentheses: `在…会议上的讲话（2024年1月5日）` is a title that holds its date.
        trailingDate = try! NSRegularExpression(pattern: "^(.*[^\\s\\[【(（])\\s*[\\[【]?\\s*(" + date + "\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s*[\\]】]?$")
    }

    /// Builds page metadata; `lines` are searched for labelled fields, `bareDateLines` (best first) for date-only lines.
    func extract(metaTags: [String: String], htmlTitle rawTitle: String?, titleCandidates: [String],
                 lines: [String], bareDateLines: [String]) -> PageMetadata {
        var page = PageMetadata()
        let column = nonEmpty(metaTags["columnname"])
        page.siteName = nonEmpty(metaTags["sitename"]) ?? nonEmpty(metaTags["og:site_name"])
        if let rawTitle {
            let stripped = stripSiteSuffix(rawTitle, siteName: page.siteName, column: column)
            page.htmlTitle = nonEmpty(stripped.title)
            if page.siteName == nil { page.siteName = stripped.site }
            // `站名 | 文章标题`: the bar put the site first, so what was cut off is the article.
            if let site = stripped.site, let t = page.htmlTitle, SiteNameTitle.isSiteName(t, siteName: nil),
               !SiteNameTitle.isSiteName(site, siteName: nil) {
                page.htmlTitle = site
                page.siteName = t
            }
            // A `<title>` that is only the site's name (with or without a channel after it) names no article.
            if let t = page.htmlTitle, SiteNameTitle.isSiteName(t, siteName: stripped.site == nil ? page.siteName : nil) {
                if page.siteName == nil { page.siteName = t }
                page.htmlTitle = nil
            }
        }
        for key in PageMetadataExtractor.titleKeys {
            if let value = nonEmpty(metaTags[key]) {
                page.articleTitle = nonEmpty(stripSiteSuffix(value, siteName: page.siteName, column: column).title)
                break
            }
        }
        // The visible headline wins over the meta title it matches: CMS metas often append a document number or
        // a site name the page itself does not show in its headline.
        // A logo `<h1>` holding the site's name is no headline, nor a dash-led subtitle in a `subtitle` box.
        var headlineDate: String?
        let headlines = titleCandidates.map { candidate -> String in
            guard let (headline, date) = splitTrailingDate(candidate) else { return candidate }
            if headlineDate == nil { headlineDate = date }
            return headline
        }.filter { !SiteNameTitle.isSiteName($0, siteName: page.siteName) && !Cleaner.opensWithDash($0) }
        if let headline = pickTitle(headlines, htmlTitle: page.articleTitle ?? page.htmlTitle) {
            page.articleTitle = headline
        } else if page.articleTitle == nil, let column = page.htmlTitle,
                  let headline = SiteNameTitle.headline(overColumn: column, headlines: headlines) {
            page.articleTitle = headline
        }
        // A date shown in the page's header or metadata box (发布日期/发文日期/生成日期：…) is the publication date;
        // a PubDate-like meta is only a fallback, as CMSs rewrite it whenever they regenerate the page.
        let fields = LabelledLines.joined(lines)
        for line in fields where line.utf8.count <= PageMetadataExtractor.labeledLineMaxBytes {
            // ２０２５－０１－１５: full-width digits hide the date from the ASCII patterns.
            let dateLine = FullWidthDate.folded(line)
            if page.published == nil, TextScan.hasFourDigits(dateLine), let date = firstDate(labeledDate, in: dateLine) {
                page.published = date
            } else if page.published == nil, let date = Self.labeledHanDate(in: line) {
                page.published = date
            }
            if page.sourceLabel == nil, TextScan.contains(line, bytes: PageMetadataExtractor.sourceBytes) {
                page.sourceLabel = sourceValue(in: line)
            }
            if page.issuer == nil, TextScan.contains(line, bytes: PageMetadataExtractor.issuerBytes) {
                page.issuer = fieldValue(issuerField, in: line)
            }
            if page.published != nil && page.sourceLabel != nil { break }
        }
        if page.published == nil {
            for line in fields where line.utf8.count <= 300 && TextScan.hasFourDigits(line) {
                if let date = firstDate(genericDate, in: line) {
                    page.published = date
                    break
                }
            }
        }
        if page.published == nil {
            for key in PageMetadataExtractor.dateKeys {
                if let value = metaTags[key], let date = firstDate(anyDate, in: value) {
                    page.published = date
                    break
                }
            }
        }
        if page.published == nil {
            for line in bareDateLines where line.utf8.count <= PageMetadataExtractor.bareDateLineMaxBytes {
                if TextScan.hasFourDigits(line) {
                    let probe = Self.blankingFieldSeparators(line)
                    if let date = firstDate(bareDate, in: probe) {
                        page.published = date
                        break
                    }
                    if let date = firstDate(leadBareDate, in: probe) {
                        page.published = date
                        // The one word before the date is the organ (`衡阳县统计局 | 2024-04-12`): its source.
                        if page.sourceLabel == nil, let lead = probe.split(whereSeparator: \.isWhitespace).first {
                            page.sourceLabel = String(lead)
                        }
                        break
                    }
                    // The organ's span glued to the stamp's (`某市统计局2024-03-29 16:05`).
                    if let glued = Self.gluedLeadStamp(probe) {
                        page.published = glued.date
                        if page.sourceLabel == nil { page.sourceLabel = glued.lead }
                        break
                    }
                }
                if let date = Self.bareHanDate(line) {
                    page.published = date
                    break
                }
            }
        }
        // Last: the date printed in the headline's own element.
        if page.published == nil { page.published = headlineDate }
        // Then the date that ends the breadcrumb line, which some templates print nowhere else.
        if page.published == nil { page.published = lines.lazy.compactMap { self.crumbDate(in: $0) }.first }
        if page.sourceLabel == nil {
            page.sourceLabel = nonEmpty(metaTags["contentsource"]) ?? nonEmpty(metaTags["source"])
        }
        return page
    }

    /// Copies a disclosure header table's fields into the page metadata; its 发布日期 is the page's visible date
    /// and beats a date found elsewhere.
    func apply(header: [String: String], to page: inout PageMetadata) {
        guard !header.isEmpty else { return }
        page.indexNo = nonEmpty(header["index_no"])
        page.issuer = nonEmpty(header["issuer"]) ?? page.issuer
        page.docNumber = nonEmpty(header["doc_number"])
        page.written = header["written"].flatMap { firstDate(anyDate, in: $0) }
        page.subjectTerms = nonEmpty(header["subject_terms"])
        if let value = header["published"], let date = firstDate(anyDate, in: value) { page.published = date }
        // A header table's 标题/名称 names the article when the page has no headline of its own (the title only in
        // a label/value table, a site name in <title>).
        if page.articleTitle == nil, let name = nonEmpty(header["name"]) { page.articleTitle = name }
    }

    /// A headline candidate without the date glued to its end, and that date (ISO), when it has one.
    func splitTrailingDate(_ candidate: String) -> (String, String)? {
        guard TextScan.hasFourDigits(candidate) else { return nil }
        let ns = candidate as NSString
        guard let match = trailingDate.firstMatch(in: candidate, range: NSRange(location: 0, length: ns.length)),
              let date = firstDate(anyDate, in: ns.substring(with: match.range(at: 2))) else { return nil }
        let headline = TextScan.trimmed(ns.substring(with: match.range(at: 1)))
        // A headline is text before the date, not a year or a number (`2024年` `第3期`).
        guard headline.unicodeScalars.filter({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }).count >= 4 else { return nil }
        return (headline, date)
    }

    /// UTF-8 of 来源, for a cheap prefilter.
    static let sourceBytes: [UInt8] = Array("来源".utf8)
    /// The bytes every issuer label holds (发布机构, 发文机关, 发布单位 all share 发).
    static let issuerBytes: [UInt8] = Array("发".utf8)

    /// The trimmed value, or nil when blank.
    func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = TextScan.trimmed(value)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The first date matched by `regex` in `text` as ISO `YYYY-MM-DD`, if it is a real calendar date.
    func firstDate(_ regex: NSRegularExpression, in text: String) -> String? {
        let ns = text as NSString
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            guard match.numberOfRanges >= 4,
                  let year = Int(ns.substring(with: match.range(at: 1))),
                  let month = Int(ns.substring(with: match.range(at: 2))),
                  let day = Int(ns.substring(with: match.range(at: 3))) else { continue }
            if let iso = PageMetadataExtractor.isoDate(year: year, month: month, day: day) { return iso }
        }
        return nil
    }

    /// `YYYY-MM-DD` for a plausible page date, else nil.
    static func isoDate(year: Int, month: Int, day: Int) -> String? {
        guard (1990...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let daysInMonth = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= daysInMonth[month - 1] else { return nil }
        /// Two-digit month or day.
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// The 来源 value in a line, if it is a value rather than the next label.
    func sourceValue(in line: String) -> String? { fieldValue(sourceField, in: line) }

    /// The value `regex`'s group 1 captures in `line`, unless it is the next field's label.
    func fieldValue(_ regex: NSRegularExpression, in line: String) -> String? {
        let ns = line as NSString
        guard let match = regex.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let value = ns.substring(with: match.range(at: 1))
        for label in PageMetadataExtractor.labelWords where value.hasPrefix(label) { return nil }
        return value.isEmpty ? nil : value
    }

    /// `<title>` without trailing site-name segments (`_XX市人民政府`, `-中国XX网`, `|…`), and the site name removed.
    func stripSiteSuffix(_ raw: String, siteName: String?, column: String?) -> (title: String, site: String?) {
        var title = TextScan.trimmed(raw)
        var site: String?
        for _ in 0..<3 {
            let scalars = Array(title.unicodeScalars)
            guard let cut = scalars.lastIndex(where: { PageMetadataExtractor.titleSeparators.contains($0) }) else { break }
            var start = cut
            while start > 0 && PageMetadataExtractor.titleSeparators.contains(scalars[start - 1]) { start -= 1 }
            let before = TextScan.trimmed(ScalarString.make(scalars[..<start]))
            let after = TextScan.trimmed(ScalarString.make(scalars[(cut + 1)...]))
            guard !before.isEmpty, !after.isEmpty, after.unicodeScalars.count <= 30 else { break }
            // Whatever follows a bar is the site or channel name; after a dash or underscore it must look like one.
            let bar = scalars[cut] == "|" || scalars[cut] == "｜"
            let isSite = bar || after == siteName || after == column || after.contains(".gov") || after.hasSuffix(".cn")
                || after.hasSuffix(".com") || PageMetadataExtractor.siteEndings.contains { after.hasSuffix($0) }
            guard isSite || (site != nil && Self.isColumnSegment(after, before: before)) else { break }
            if site == nil { site = after }
            title = before
        }
        return (title, site)
    }

    /// Longest `<title>` segment (scalars) read as the column between a headline and the site name.
    static let columnSegmentMaxLength = 12

    /// Whether `segment`, met after the site name was cut (`标题 - 政府信息公开年报 - 某区人民政府`), is the page's
    /// column: short, digit-free (a headline's year or number is not a column's), and at most half the headline
    /// before it, so that a headline in two parts is not cut.
    static func isColumnSegment(_ segment: String, before: String) -> Bool {
        let length = segment.unicodeScalars.count
        return length <= columnSegmentMaxLength && !SiteNameTitle.hasDigit(segment)
            && TextScan.scalarCount(before, exceeds: 2 * length - 1)
    }

    /// Shortest share of a meta or `<title>` text that a headline contained in it must cover (a number or site
    /// name appended to the headline may make the meta up to twice as long).
    static let containedHeadlineRatio = 0.5
    /// Shortest share of a headline that a meta or `<title>` text contained in it must cover.
    static let containingHeadlineRatio = 0.6
    /// Least bigram overlap (Dice) at which a headline and a `<title>` neither containing the other are the same
    /// title worded apart (words moved or a body's name shortened).
    static let rewordedHeadlineDice = 0.7

    /// Dice coefficient of the two texts' scalar bigrams (each bigram counted as often as it occurs).
    static func bigramDice(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard x.count >= 2, y.count >= 2 else { return 0 }
        var counts: [UInt64: Int] = [:]
        for i in 0..<(x.count - 1) { counts[UInt64(x[i].value) << 32 | UInt64(x[i + 1].value), default: 0] += 1 }
        var shared = 0
        for i in 0..<(y.count - 1) {
            let key = UInt64(y[i].value) << 32 | UInt64(y[i + 1].value)
            if let n = counts[key], n > 0 { shared += 1; counts[key] = n - 1 }
        }
        return 2 * Double(shared) / Double(x.count - 1 + y.count - 1)
    }

    /// The title-element text that agrees best with the `<title>` or meta title (or the first plausible one
    /// without either): an exact match first, then the one covering the largest share of the other.
    func pickTitle(_ candidates: [String], htmlTitle: String?) -> String? {
        var best: (text: String, ratio: Double)?
        for candidate in candidates {
            let length = candidate.unicodeScalars.count
            guard length >= 2 && length <= 120 else { continue }
            guard let htmlTitle else { return candidate }
            let a = TitleMerger.key(candidate)
            let b = TitleMerger.key(htmlTitle)
            if a == b { return candidate }
            let other = htmlTitle.unicodeScalars.count
            let ratio = Double(min(length, other)) / Double(max(length, other))
            // The same title written another way (`八宝山街道办事处关于…` over a `<title>` of `关于八宝山街道…`):
            // the visible headline, as the page shows it.
            let fits = (b.contains(a) && ratio >= PageMetadataExtractor.containedHeadlineRatio)
                || (a.contains(b) && ratio >= PageMetadataExtractor.containingHeadlineRatio)
                || Self.bigramDice(a, b) >= PageMetadataExtractor.rewordedHeadlineDice
            if fits && ratio > (best?.ratio ?? 0) { best = (candidate, ratio) }
        }
        return best?.text
    }
}
