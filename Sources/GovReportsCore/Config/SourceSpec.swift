/// One entry of `sources`: a file, folder or glob on disk, or (with the fetch issue) URLs.
public struct SourceSpec: Codable, Sendable, Equatable {
    /// A file, a folder (searched recursively) or a glob (`samples/*.html`), relative to the config file.
    public var path: String?
    /// A single page URL.
    public var url: String?
    /// A text file with one URL per line (`#` comments allowed), relative to the config file.
    public var urlList: String?
    /// A listing page whose links to reports are followed.
    public var listing: ListingSpec?
    /// A WARC archive file or glob (`crawl/*.warc.gz`), relative to the config file: its HTML page responses.
    public var warc: String?

    /// Creates a source entry.
    public init(path: String? = nil, url: String? = nil, urlList: String? = nil, listing: ListingSpec? = nil,
                warc: String? = nil) {
        self.path = path
        self.url = url
        self.urlList = urlList
        self.listing = listing
        self.warc = warc
    }

    /// Keys a source object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case path, url, urlList, listing, warc
    }

    /// Accepts a bare string (a path, or a URL when it starts with http:// or https://) or an object.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer().decode(String.self) {
            if single.hasPrefix("http://") || single.hasPrefix("https://") {
                self.init(url: single)
            } else {
                self.init(path: single)
            }
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(path: try c.decodeIfPresent(String.self, forKey: .path),
                  url: try c.decodeIfPresent(String.self, forKey: .url),
                  urlList: try c.decodeIfPresent(String.self, forKey: .urlList),
                  listing: try c.decodeIfPresent(ListingSpec.self, forKey: .listing),
                  warc: try c.decodeIfPresent(String.self, forKey: .warc))
        let given = [path, url, urlList, warc].compactMap { $0 }.count + (listing == nil ? 0 : 1)
        if given != 1 {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a source needs exactly one of path, url, urlList, listing, warc"))
        }
    }
}
