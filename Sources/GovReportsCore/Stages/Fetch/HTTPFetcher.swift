import AsyncHTTPClient
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// Fetches URLs politely for one run: robots.txt, per-host throttling, redirects, retries and size limits.
///
/// Synchronous by design: the runner calls stages from worker threads, which block on the client's futures
/// (never on Swift concurrency's cooperative pool). One `HTTPClient` is shared and created only on first use.
public final class HTTPFetcher: Sendable {
    /// Fetch settings from `pipeline.json`.
    public let config: FetchConfig
    /// Logger for retries and refusals.
    let logger: Logger
    /// Politeness gate shared by every request of the run.
    public let throttle: HostThrottle
    /// robots.txt per origin, read once per run.
    let robots = RobotsCache()
    /// Set on SIGINT/SIGTERM: no further retry is attempted, so a stopping run is not held up by backoff.
    let stop: StopFlag?
    /// With `fetch.warc`: where every response received (2xx and redirects) is appended with its request.
    public let archive: WARCArchive?
    /// The shared client, created lazily so file-only runs start no event loop.
    private let client = NIOLockedValueBox<HTTPClient?>(nil)
    /// Set once a client has been started in this fetcher's life (shutdown does not clear it).
    private let started = NIOLockedValueBox(false)
    /// `fetch.caFile`, loaded once: nil when not set; a failure refuses every HTTPS request with its reason.
    let caFile: Result<CAFile, CAFileError>?
    /// Hosts (`host:port`) whose certificate was refused this run, with the reason: their other URLs fail at once
    /// instead of each waiting out the client's connection retries.
    private let refusedCertificates = NIOLockedValueBox<[String: String]>([:])
    /// Longest Retry-After honoured, in seconds; a server asking for more gets retried tomorrow.
    public static let maxRetryAfter: Double = 120
    /// How often a waiting request, backoff or throttle asks whether the run is stopping (SIGINT/SIGTERM): the
    /// requests in flight are cancelled within this of the signal, well inside the 2 s an operator waits.
    static let stopPollInterval: Double = 0.1
    /// Longest exponential backoff between retries, in seconds.
    public static let maxBackoff: Double = 60
    /// Largest robots.txt read (RFC 9309 asks crawlers to parse at least 500 KiB).
    static let maxRobotsBytes = 512 * 1024
    /// Redirect statuses that carry a Location to follow.
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// Creates a fetcher; no connection or thread is made until the first request. `baseDirectory` (the config
    /// folder) resolves a relative `fetch.caFile`; `archive` (with `fetch.warc`) receives every fetched exchange.
    public init(config: FetchConfig, logger: Logger = Logger(label: "govreports.fetch"), stop: StopFlag? = nil,
                baseDirectory: URL? = nil, archive: WARCArchive? = nil) {
        self.config = config
        self.caFile = config.caFile.map { setting in
            Result { () throws(CAFileError) in try CAFile.load(setting, baseDirectory: baseDirectory) }
        }
        self.logger = logger
        self.stop = stop
        self.archive = archive
        self.throttle = HostThrottle(globalLimit: config.concurrency, perHostLimit: config.perHostConcurrency,
                                     delay: config.perHostDelay)
    }

    /// Whether an HTTP client was ever started (file-only runs must never start one).
    public var wasStarted: Bool { started.withLockedValue { $0 } }

    /// The agent token matched against robots.txt groups: the User-Agent's product name.
    public var agentToken: String {
        String(config.userAgent.prefix { $0 != "/" && $0 != " " }).lowercased()
    }

    /// Shuts the client down if it was started; safe to call more than once.
    public func shutdown() {
        let running = client.withLockedValue { box -> HTTPClient? in
            defer { box = nil }
            return box
        }
        do { try running?.syncShutdown() } catch {
            logger.warning("HTTP client shutdown: \(error)")
        }
    }

    /// The shared client, started on first use.
    func sharedClient() -> HTTPClient {
        client.withLockedValue { box in
            if let existing = box { return existing }
            let timeout = HTTPClient.Configuration.Timeout(connect: Self.amount(config.connectTimeout),
                                                           read: Self.amount(config.timeout))
            var configuration = HTTPClient.Configuration(
                redirectConfiguration: .disallow,  // followed by hand: each hop is scheme-, robots- and throttle-checked
                timeout: timeout,
                connectionPool: HTTPClient.Configuration.ConnectionPool(idleTimeout: .seconds(30)),
                decompression: .enabled(limit: .ratio(max(1, Int(config.maxCompressionRatio)))))
            configuration.httpVersion = .http1Only
            if case .success(let authority)? = caFile { configuration.tlsConfiguration = authority.tlsConfiguration() }
            let created = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            box = created
            started.withLockedValue { $0 = true }
            return created
        }
    }

    /// Fetches a page: robots check, redirects, retries; sends the validators of a previous copy when given.
    ///
    /// Returns 2xx and 304 responses; throws for everything else.
    public func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) throws(FetchError) -> FetchedResponse {
        var headers = HTTPHeaders()
        if let etag { headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { headers.add(name: "If-Modified-Since", value: lastModified) }
        var attempt = 0
        while true {
            let outcome: Result<FetchedResponse, FetchError>
            do {
                let response = try followRedirects(url, extraHeaders: headers, maxBytes: config.maxBytes, checkRobots: config.respectRobots)
                if (200...299).contains(response.status) || response.status == 304 { return response }
                outcome = .success(response)
            } catch {
                outcome = .failure(error)
            }
            let error: FetchError
            var retryAfter: Double?
            switch outcome {
            case .success(let response):
                error = .httpStatus(url: url, code: response.status)
                retryAfter = response.header("retry-after").flatMap { Self.retryAfterSeconds($0, now: Date()) }
            case .failure(let failure):
                error = failure
            }
            guard error.isRetryable, attempt < config.retries, stop?.isSet != true else { throw error }
            let wait = retryAfter.map { min($0, Self.maxRetryAfter) } ?? Self.backoff(attempt: attempt)
            if let retryAfter, let host = URL(string: url)?.host?.lowercased() {
                // The server asked everyone to slow down, so every request to the host waits, not just this one.
                throttle.pause(host, for: min(retryAfter, Self.maxRetryAfter))
            }
            logger.warning("\(error); retry \(attempt + 1) of \(config.retries) in \(String(format: "%.1f", wait)) s")
            // Slept in slices so a stop request (SIGTERM) is not held up by a long Retry-After.
            let wakeAt = Date().addingTimeInterval(wait)
            while Date() < wakeAt {
                if stop?.isSet == true { throw .interrupted(url: url) }
                Thread.sleep(forTimeInterval: min(Self.stopPollInterval, max(0, wakeAt.timeIntervalSinceNow)))
            }
            attempt += 1
        }
    }

    /// Performs a GET and follows redirects by hand, refusing non-http(s) targets and checking robots.txt per hop.
    func followRedirects(_ url: String, extraHeaders: HTTPHeaders, maxBytes: Int,
                         checkRobots: Bool) throws(FetchError) -> FetchedResponse {
        var current = try Self.validate(url, original: url)
        var hops = 0
        while true {
            if checkRobots { try enforceRobots(current, original: url) }
            var response = try perform(current, extraHeaders: extraHeaders, maxBytes: maxBytes, reportAs: url)
            response.finalURL = current.absoluteString
            guard Self.redirectStatuses.contains(response.status), let location = response.header("location") else {
                return response
            }
            guard hops < config.maxRedirects else { throw .tooManyRedirects(url: url, limit: config.maxRedirects) }
            guard let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                throw .badScheme(url: url, target: location)
            }
            current = try Self.validate(next.absoluteString, original: url)
            hops += 1
        }
    }

    /// One request through the throttle, with the total deadline; maps client errors to `FetchError`.
    func perform(_ url: URL, extraHeaders: HTTPHeaders, maxBytes: Int, reportAs original: String) throws(FetchError) -> FetchedResponse {
        let host = url.host?.lowercased() ?? ""
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: config.userAgent)
        headers.add(name: "Accept", value: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8")
        headers.add(name: "Accept-Language", value: "zh-CN,zh;q=0.9,en;q=0.5")
        headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        headers.add(contentsOf: extraHeaders)
        let request: HTTPClient.Request
        do { request = try HTTPClient.Request(url: url.absoluteString, method: .GET, headers: headers) } catch {
            throw .badURL(url: original)
        }
        try checkTrust(url, original: original)
        guard throttle.acquire(host, unless: { [stop] in stop?.isSet == true }) else { throw .interrupted(url: original) }
        defer { throttle.release(host) }
        let collector = BodyCollector(url: original, maxBytes: maxBytes)
        let deadline = NIODeadline.now() + Self.amount(config.timeout)
        let task = sharedClient().execute(request: request, delegate: collector, deadline: deadline)
        let response: FetchedResponse
        do { response = try InFlightRequest.wait(for: task, stop: stop, pollInterval: Self.stopPollInterval) } catch {
            if error is InFlightRequest.Cancelled { throw .interrupted(url: original) }
            if let reason = TLSFailure.reason(of: error, host: host, port: url.port ?? 443, timeout: config.connectTimeout) {
                refusedCertificates.withLockedValue { $0[Self.endpoint(of: url)] = reason }
                throw .untrustedCertificate(url: original, reason: reason)
            }
            throw mapError(error, url: original)
        }
        try archiveExchange(url, requestHeaders: headers, response: response, reportAs: original)
        return response
    }

    /// With `fetch.warc`: appends a received page (2xx) or redirect (3xx but 304, which carries nothing new) to the
    /// archive; errors are not archived, so a failed refetch leaves the archive as it was.
    func archiveExchange(_ url: URL, requestHeaders: HTTPHeaders, response: FetchedResponse,
                         reportAs original: String) throws(FetchError) {
        guard let archive, (200...399).contains(response.status), response.status != 304 else { return }
        do {
            try archive.append(url: url, requestHeaders: requestHeaders.map { WARCField($0.name, $0.value) },
                               status: response.status,
                               reason: HTTPResponseStatus(statusCode: response.status).reasonPhrase,
                               responseHeaders: response.headers.map { WARCField($0.name, $0.value) },
                               body: [UInt8](response.body))
        } catch {
            switch error {
            case .unwritable(let path, let code): throw .archiveFailed(url: original, archive: path, code: code)
            default: throw .archiveFailed(url: original, archive: archive.folder.path, code: EIO)
            }
        }
    }

    /// Refuses an HTTPS request up front when `fetch.caFile` is unusable or the host's certificate was refused already.
    func checkTrust(_ url: URL, original: String) throws(FetchError) {
        guard url.scheme?.lowercased() == "https" else { return }
        if case .failure(let problem)? = caFile {
            throw .unusableCAFile(url: original, path: problem.path, reason: problem.reason)
        }
        if let reason = refusedCertificates.withLockedValue({ $0[Self.endpoint(of: url)] }) {
            throw .untrustedCertificate(url: original, reason: reason)
        }
    }

    /// `host:port` of a URL (default port by scheme): the unit a server certificate applies to.
    static func endpoint(of url: URL) -> String {
        let port = url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(url.host?.lowercased() ?? ""):\(port)"
    }

    /// Translates client, NIO and decompression errors into the typed error naming the URL.
    func mapError(_ error: any Error, url: String) -> FetchError {
        if let fetchError = error as? FetchError { return fetchError }
        if let decompression = error as? NIOHTTPDecompression.DecompressionError, decompression == .limit {
            return .decompressionBomb(url: url, ratio: Int(config.maxCompressionRatio))
        }
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout:
                return .timeout(url: url, seconds: client == .connectTimeout ? config.connectTimeout : config.timeout)
            default:
                return .network(url: url, reason: "\(client)")
            }
        }
        if error is NIOHTTPDecompression.ExtraDecompressionError || error is NIOHTTPDecompression.DecompressionError {
            return .network(url: url, reason: "bad compressed body: \(error)")
        }
        return .network(url: url, reason: "\(error)")
    }

    /// Refuses a URL whose robots.txt disallows it (or cannot be read), and applies its Crawl-delay.
    func enforceRobots(_ url: URL, original: String) throws(FetchError) {
        guard let origin = Self.origin(of: url) else { throw .badURL(url: original) }
        let policy = robots.policy(for: origin) { loadRobots(origin: origin) }
        if let reason = policy.unavailable {
            // robots.txt cut short by a stop request says nothing about the site.
            if stop?.isSet == true { throw .interrupted(url: original) }
            // A refused certificate is the site's problem to report, not robots.txt's.
            try checkTrust(url, original: original)
            throw .robotsUnavailable(url: original, reason: reason)
        }
        if let delay = policy.crawlDelay, let host = url.host?.lowercased() {
            // Crawl-delay can slow us down, never speed us up; capped so one site cannot stall the run.
            throttle.setMinimumDelay(host, seconds: min(delay, 30))
        }
        guard policy.allows(RobotsPolicy.path(of: url)) else { throw .disallowedByRobots(url: original) }
    }

    /// Downloads and parses an origin's robots.txt: 2xx parsed, 4xx allows all, 5xx or unreachable disallows all.
    func loadRobots(origin: String) -> RobotsPolicy {
        let url = origin + "/robots.txt"
        var attempt = 0
        while true {
            do {
                let response = try followRedirects(url, extraHeaders: HTTPHeaders(), maxBytes: Self.maxRobotsBytes,
                                                   checkRobots: false)
                switch response.status {
                case 200...299:
                    let text = String(decoding: response.body, as: UTF8.self)
                    return RobotsPolicy(parsing: text, agent: agentToken)
                case 400...499 where response.status != 429:
                    return .allowAll
                default:
                    if attempt >= min(config.retries, 1) || stop?.isSet == true { return .disallowAll(reason: "HTTP \(response.status)") }
                }
            } catch {
                switch error {
                case .tooLarge:
                    // RFC 9309: content past the limit may be ignored; treat an oversize file as no rules.
                    return .allowAll
                case .tooManyRedirects:
                    return .allowAll
                default:
                    if attempt >= min(config.retries, 1) || stop?.isSet == true { return .disallowAll(reason: "\(error)") }
                }
            }
            Thread.sleep(forTimeInterval: Self.backoff(attempt: attempt))
            attempt += 1
        }
    }

    /// Checks that a URL parses, has a host, and is http or https.
    static func validate(_ string: String, original: String) throws(FetchError) -> URL {
        guard let url = URL(string: string), let scheme = url.scheme?.lowercased() else {
            throw original == string ? .badURL(url: original) : .badScheme(url: original, target: string)
        }
        guard scheme == "http" || scheme == "https" else { throw .badScheme(url: original, target: string) }
        guard let host = url.host, !host.isEmpty else { throw .badURL(url: original) }
        return url
    }

    /// `scheme://host[:port]` of a URL, the unit robots.txt applies to.
    static func origin(of url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased() else { return nil }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return url.port.map { "\(scheme)://\(shownHost):\($0)" } ?? "\(scheme)://\(shownHost)"
    }

    /// Exponential backoff with jitter: about 1, 2, 4, … seconds, capped.
    public static func backoff(attempt: Int) -> Double {
        let base = min(maxBackoff, pow(2, Double(min(attempt, 16))))
        return base * Double.random(in: 0.75...1.25)
    }

    /// Seconds a Retry-After value asks for: delta-seconds or an HTTP-date; nil when unparsable.
    public static func retryAfterSeconds(_ value: String, now: Date) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return max(0, seconds) }
        guard let date = httpDate(trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    /// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the HTTP-date form servers send.
    static func httpDate(_ value: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value)
    }

    /// Seconds as a NIO time amount.
    static func amount(_ seconds: Double) -> TimeAmount {
        .nanoseconds(Int64(max(0, seconds) * 1_000_000_000))
    }
}
