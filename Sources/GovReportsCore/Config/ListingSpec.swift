/// A listing (index) page whose report links are followed, with optional pagination.
public struct ListingSpec: Codable, Sendable, Equatable {
    /// The first index page.
    public var url: String
    /// Further pages, with `{n}` replaced by 1, 2, … (e.g. `https://x.gov.cn/fzzf/index_{n}.html`).
    public var pagePattern: String?
    /// Highest `{n}` to try.
    public var maxPages: Int
    /// Regular expression a link's URL must match.
    public var linkPattern: String?
    /// Regular expression a link's text must match (e.g. `法治政府建设`).
    public var textPattern: String?
    /// Follow links to other hosts too.
    public var allowOtherHosts: Bool

    /// Keys a listing object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case url, pagePattern, maxPages, linkPattern, textPattern, allowOtherHosts
    }

    /// Creates a listing source.
    public init(url: String, pagePattern: String? = nil, maxPages: Int = 5, linkPattern: String? = nil,
                textPattern: String? = nil, allowOtherHosts: Bool = false) {
        self.url = url
        self.pagePattern = pagePattern
        self.maxPages = maxPages
        self.linkPattern = linkPattern
        self.textPattern = textPattern
        self.allowOtherHosts = allowOtherHosts
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(url: try c.decode(String.self, forKey: .url),
                  pagePattern: try c.decodeIfPresent(String.self, forKey: .pagePattern),
                  maxPages: try c.decodeIfPresent(Int.self, forKey: .maxPages) ?? 5,
                  linkPattern: try c.decodeIfPresent(String.self, forKey: .linkPattern),
                  textPattern: try c.decodeIfPresent(String.self, forKey: .textPattern),
                  allowOtherHosts: try c.decodeIfPresent(Bool.self, forKey: .allowOtherHosts) ?? false)
    }
}
