/// How remote sources are fetched: politeness, timeouts, retries and limits.
public struct FetchConfig: Codable, Sendable, Equatable {
    /// Requests in flight across all hosts.
    public var concurrency: Int
    /// Requests in flight per host.
    public var perHostConcurrency: Int
    /// Seconds between requests to one host, counted from the end of the previous response (stretched by up to +25% jitter).
    public var perHostDelay: Double
    /// Seconds to establish a connection.
    public var connectTimeout: Double
    /// Seconds for a whole request, body included.
    public var timeout: Double
    /// Retries after network errors, 5xx and 429.
    public var retries: Int
    /// Largest response body accepted, in bytes.
    public var maxBytes: Int
    /// Largest decompressed/compressed size ratio accepted.
    public var maxCompressionRatio: Double
    /// Redirects followed before giving up.
    public var maxRedirects: Int
    /// User-Agent header naming the project.
    public var userAgent: String
    /// Whether robots.txt is honoured.
    public var respectRobots: Bool
    /// PEM file of CA certificates trusted for HTTPS in addition to the system's (relative to the config file): for
    /// sites whose certificate a private or government CA issued. Nil trusts the system's CAs only.
    public var caFile: String?
    /// Whether every fetched response (with its request) is appended to `output/archive/YYYYMMDD.warc.gz`.
    public var warc: Bool

    /// Keys a fetch object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case concurrency, perHostConcurrency, perHostDelay, connectTimeout, timeout, retries, maxBytes
        case maxCompressionRatio, maxRedirects, userAgent, respectRobots, caFile, warc
    }

    /// The defaults: polite enough for small government servers.
    public init() {
        concurrency = 4
        perHostConcurrency = 1
        perHostDelay = 1.0
        connectTimeout = 10
        timeout = 60
        retries = 3
        maxBytes = 20 * 1024 * 1024
        maxCompressionRatio = 100
        maxRedirects = 5
        userAgent = "govreports/\(ProgramVersion.current) (+https://github.com/govreports/govreports; research crawler)"
        respectRobots = true
        warc = false
    }

    /// Decodes strictly; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        concurrency = try c.decodeIfPresent(Int.self, forKey: .concurrency) ?? concurrency
        perHostConcurrency = try c.decodeIfPresent(Int.self, forKey: .perHostConcurrency) ?? perHostConcurrency
        perHostDelay = try c.decodeIfPresent(Double.self, forKey: .perHostDelay) ?? perHostDelay
        connectTimeout = try c.decodeIfPresent(Double.self, forKey: .connectTimeout) ?? connectTimeout
        timeout = try c.decodeIfPresent(Double.self, forKey: .timeout) ?? timeout
        retries = try c.decodeIfPresent(Int.self, forKey: .retries) ?? retries
        maxBytes = try c.decodeIfPresent(Int.self, forKey: .maxBytes) ?? maxBytes
        maxCompressionRatio = try c.decodeIfPresent(Double.self, forKey: .maxCompressionRatio) ?? maxCompressionRatio
        maxRedirects = try c.decodeIfPresent(Int.self, forKey: .maxRedirects) ?? maxRedirects
        userAgent = try c.decodeIfPresent(String.self, forKey: .userAgent) ?? userAgent
        respectRobots = try c.decodeIfPresent(Bool.self, forKey: .respectRobots) ?? respectRobots
        caFile = try c.decodeIfPresent(String.self, forKey: .caFile)
        warc = try c.decodeIfPresent(Bool.self, forKey: .warc) ?? warc
    }
}
