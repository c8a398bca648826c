/// Page-level facts captured by the clean stage before chrome is dropped.
public struct PageMetadata: Codable, Sendable, Equatable {
    /// `<meta name="ArticleTitle">` (TRS/Hanweb CMS) or `og:title`.
    public var articleTitle: String?
    /// The `<title>` element, with the site-name suffix removed.
    public var htmlTitle: String?
    /// Publication date, ISO 8601 (from PubDate/发布时间/发布日期/日期 meta or lines).
    public var published: String?
    /// The `来源` (issuing source) field, e.g. `区民政局`.
    public var sourceLabel: String?
    /// `<meta name="SiteName">` or similar, when present.
    public var siteName: String?
    /// 索引号 of a disclosure page's header table.
    public var indexNo: String?
    /// 发布机构/发文机关 of the header table.
    public var issuer: String?
    /// 文号/发文字号 of the header table.
    public var docNumber: String?
    /// 成文日期 of the header table, ISO 8601.
    public var written: String?
    /// 主题词 of the header table.
    public var subjectTerms: String?
    /// The body's first line when an HTML page wrote it as the first of several same-level section headings
    /// (`<h2>`…`<h6>`) inside the body: a section's heading, never the title.
    public var sectionLead: String?

    /// Creates page metadata.
    public init(articleTitle: String? = nil, htmlTitle: String? = nil, published: String? = nil,
                sourceLabel: String? = nil, siteName: String? = nil) {
        self.articleTitle = articleTitle
        self.htmlTitle = htmlTitle
        self.published = published
        self.sourceLabel = sourceLabel
        self.siteName = siteName
    }
}
