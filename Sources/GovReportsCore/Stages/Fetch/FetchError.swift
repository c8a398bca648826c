import Foundation

/// Why fetching one URL failed; every case names the URL so the run report says what to look at.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL cannot be parsed or has no host.
    case badURL(url: String)
    /// The URL, or a redirect target, is not http or https (e.g. `file:///etc/passwd`).
    case badScheme(url: String, target: String)
    /// robots.txt of the host disallows this path for our agent.
    case disallowedByRobots(url: String)
    /// robots.txt could not be read (5xx or unreachable); RFC 9309 says to assume a full disallow.
    case robotsUnavailable(url: String, reason: String)
    /// No complete response within the connect or total timeout.
    case timeout(url: String, seconds: Double)
    /// The body exceeded the size cap; the transfer was aborted.
    case tooLarge(url: String, limit: Int)
    /// The compressed body expanded beyond the allowed ratio (a decompression bomb).
    case decompressionBomb(url: String, ratio: Int)
    /// More redirects than allowed (or a loop).
    case tooManyRedirects(url: String, limit: Int)
    /// The server answered with a status that is not a success (after any retries).
    case httpStatus(url: String, code: Int)
    /// Connection refused, reset, DNS failure and other transport errors.
    case network(url: String, reason: String)
    /// The run was stopped (SIGINT/SIGTERM) while this request was in flight or waiting; nothing was stored.
    case interrupted(url: String)
    /// The HTTPS server's certificate was refused (untrusted issuer, expired, incomplete chain, wrong host);
    /// `reason` says which in words (`TLSFailure`).
    case untrustedCertificate(url: String, reason: String)
    /// `fetch.caFile` could not be used, so no HTTPS request was made.
    case unusableCAFile(url: String, path: String, reason: String)
    /// `fetch.warc` is on and the response could not be appended to the WARC archive; the document is not
    /// taken (so nothing is in the datasets that the archive lacks) and the next run fetches it again.
    case archiveFailed(url: String, archive: String, code: Int32)

    /// The URL the error is about.
    public var url: String {
        switch self {
        case .badURL(let url), .badScheme(let url, _), .disallowedByRobots(let url), .robotsUnavailable(let url, _),
             .timeout(let url, _), .tooLarge(let url, _), .decompressionBomb(let url, _),
             .tooManyRedirects(let url, _), .httpStatus(let url, _), .network(let url, _), .interrupted(let url),
             .untrustedCertificate(let url, _), .unusableCAFile(let url, _, _), .archiveFailed(let url, _, _):
            return url
        }
    }

    /// Whether another attempt may succeed: transport trouble, 5xx and 429, never other 4xx or a refused body.
    public var isRetryable: Bool {
        switch self {
        case .timeout, .network: return true
        case .httpStatus(_, let code): return code == 429 || (500...599).contains(code)
        default: return false
        }
    }

    /// A diagnostic that names the URL and says what happened.
    public var description: String {
        switch self {
        case .badURL(let url):
            return "\(url): not a valid http(s) URL"
        case .badScheme(let url, let target):
            return url == target ? "\(url): only http and https URLs are fetched"
                : "\(url): redirect to '\(target)' refused: only http and https are followed"
        case .disallowedByRobots(let url):
            return "\(url): disallowed by the host's robots.txt (turn fetch.respectRobots off only with the site's permission)"
        case .robotsUnavailable(let url, let reason):
            return "\(url): robots.txt unavailable (\(reason)); not fetched, as RFC 9309 requires"
        case .timeout(let url, let seconds):
            return "\(url): timed out after \(seconds) s (fetch.timeout / fetch.connectTimeout)"
        case .tooLarge(let url, let limit):
            return "\(url): response larger than \(limit) bytes, transfer aborted (fetch.maxBytes)"
        case .decompressionBomb(let url, let ratio):
            return "\(url): compressed body expands more than \(ratio)× and was refused (fetch.maxCompressionRatio)"
        case .tooManyRedirects(let url, let limit):
            return "\(url): more than \(limit) redirects (fetch.maxRedirects) or a redirect loop"
        case .httpStatus(let url, let code):
            return "\(url): HTTP \(code)"
        case .network(let url, let reason):
            return "\(url): network error: \(reason)"
        case .interrupted(let url):
            return "\(url): not fetched: the run was interrupted; the next run fetches it"
        case .untrustedCertificate(let url, let reason):
            return "\(url): HTTPS certificate refused: \(reason)"
        case .unusableCAFile(let url, let path, let reason):
            return "\(url): not fetched: fetch.caFile \(path) cannot be used (\(reason))"
        case .archiveFailed(let url, let archive, let code):
            return "\(url): fetched but not archived (fetch.warc): cannot write \(archive): \(String(cString: strerror(code))); "
                + "the next run fetches it again"
        }
    }
}
