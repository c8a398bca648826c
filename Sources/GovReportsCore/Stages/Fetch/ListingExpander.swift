import Foundation
import Logging

/// Turns listing sources (index pages with pagination and link filters) into report URLs, once per run.
///
/// `refresh` downloads the index pages and saves the links under `output/stages/fetch/listings/`; `documents`
/// reads those saved lists offline, so `govreports status` never touches the network and a failed refresh
/// keeps the last good list.
public struct ListingExpander: Sendable {
    /// The run's fetcher (robots, throttle, retries apply to index pages too).
    public let fetcher: HTTPFetcher
    /// Where the link lists are kept.
    public let store: ArtifactStore
    /// Logger for the expansion summary.
    let logger: Logger

    /// Creates an expander.
    public init(fetcher: HTTPFetcher, store: ArtifactStore, logger: Logger = Logger(label: "govreports.fetch")) {
        self.fetcher = fetcher
        self.store = store
        self.logger = logger
    }

    /// Re-reads every listing source and saves its links; returns one failure per listing that could not be read.
    public func refresh(_ specs: [SourceSpec]) -> [Failure] {
        var failures: [Failure] = []
        for listing in specs.compactMap(\.listing) {
            let previous = saved(listing)
            do {
                let result = try expand(listing)
                // A partial read adds what it found to the last good list instead of replacing it.
                var links = result.links
                if let failure = result.failure {
                    let known = Set(links)
                    links += (previous?.links ?? []).filter { !known.contains($0) }
                    failures.append(Self.failure(listing, reason: failure.description))
                }
                try AtomicFile.write(try ArtifactStore.encoder.encode(ListingRecord(
                    url: listing.url, fetchedAt: Timestamp.now(), pages: result.pages, links: links)), to: recordURL(listing))
                logger.info("listing \(listing.url): \(links.count) report links from \(result.pages) pages")
            } catch let error as FetchError {
                logger.error("\(error)")
                failures.append(Self.failure(listing, reason: error.description))
            } catch {
                // Typed errors here already name the listing URL.
                failures.append(Self.failure(listing, reason: "\(error)"))
            }
        }
        return failures
    }

    /// Documents from the saved link lists of every listing source, without network.
    public func documents(_ specs: [SourceSpec]) -> [SourceDocument] {
        specs.compactMap(\.listing).flatMap { listing in
            (saved(listing)?.links ?? []).map { SourceDocument(docID: DocumentID.make(source: $0), source: $0, url: $0) }
        }
    }

    /// Reads the index pages of one listing: the report links found, pages read, and the failure that stopped it early.
    func expand(_ listing: ListingSpec) throws -> (links: [String], pages: Int, failure: FetchError?) {
        let linkRegex = try listing.linkPattern.map { try Self.regex($0, key: "linkPattern", listing: listing) }
        let textRegex = try listing.textPattern.map { try Self.regex($0, key: "textPattern", listing: listing) }
        guard let first = URL(string: listing.url), let host = first.host?.lowercased() else {
            throw FetchError.badURL(url: listing.url)
        }
        let pageURLs = Self.pageURLs(listing)
        let pageSet = Set(pageURLs)
        var seen = Set<String>()
        var links: [String] = []
        var pages = 0
        for (index, pageURL) in pageURLs.enumerated() {
            let response: FetchedResponse
            do { response = try fetcher.fetch(pageURL) } catch {
                // The first page must work; a later 404 just means the pagination ran out.
                if index == 0 { throw error }
                if case .httpStatus(_, let code) = error, code == 404 || code == 410 { break }
                return (links, pages, error)
            }
            pages += 1
            guard let url = URL(string: response.finalURL) ?? URL(string: pageURL) else { continue }
            for link in LinkExtractor.links(in: response.body, pageURL: url, charset: response.charset) {
                guard !pageSet.contains(link.url), let linkURL = URL(string: link.url) else { continue }
                if !listing.allowOtherHosts, linkURL.host?.lowercased() != host { continue }
                if let linkRegex, !Self.matches(linkRegex, link.url) { continue }
                if let textRegex, !Self.matches(textRegex, link.text) { continue }
                if seen.insert(link.url).inserted { links.append(link.url) }
            }
        }
        return (links, pages, nil)
    }

    /// The index page URLs: the listing URL, then `pagePattern` with `{n}` = 1…maxPages.
    static func pageURLs(_ listing: ListingSpec) -> [String] {
        guard let pattern = listing.pagePattern, listing.maxPages > 0 else { return [listing.url] }
        return [listing.url] + (1...listing.maxPages).map { pattern.replacingOccurrences(of: "{n}", with: String($0)) }
    }

    /// The saved link list of a listing, if a refresh ever succeeded.
    func saved(_ listing: ListingSpec) -> ListingRecord? {
        guard let data = try? Data(contentsOf: recordURL(listing)) else { return nil }
        return try? JSONDecoder().decode(ListingRecord.self, from: data)
    }

    /// Where a listing's links are saved; the name covers the filters, so changing them starts a new list.
    func recordURL(_ listing: ListingSpec) -> URL {
        let key = [listing.url, listing.pagePattern ?? "", String(listing.maxPages), listing.linkPattern ?? "",
                   listing.textPattern ?? "", String(listing.allowOtherHosts)].joined(separator: "\u{1F}")
        return store.folder(.fetch).appendingPathComponent("listings")
            .appendingPathComponent("\(DocumentID.make(source: key)).json")
    }

    /// Compiles a filter, naming the listing and key when it is not a valid pattern.
    static func regex(_ pattern: String, key: String, listing: ListingSpec) throws -> NSRegularExpression {
        do { return try NSRegularExpression(pattern: pattern) } catch {
            throw DocumentError.failed(docID: DocumentID.make(source: listing.url), source: listing.url, stage: .fetch,
                                       reason: "\(listing.url): listing.\(key) '\(pattern)' is not a valid regular expression")
        }
    }

    /// Whether a regex matches anywhere in a string.
    static func matches(_ regex: NSRegularExpression, _ string: String) -> Bool {
        regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }

    /// A run-report failure for a listing source.
    static func failure(_ listing: ListingSpec, reason: String) -> Failure {
        Failure(docID: DocumentID.make(source: listing.url), source: listing.url, stage: .fetch, code: .fetchFailed,
                reason: reason)
    }
}
