import Foundation

extension PipelineRunner {
    /// Throws before anything is fetched when `fetch.caFile` is unusable and the run would fetch over HTTPS (a
    /// document or a listing page): that fault is the run's, not each document's.
    func checkTrust(_ docs: [SourceDocument], options: RunOptions) throws(TrustError) {
        guard options.selection.includes(.fetch), case .failure(let problem)? = fetcher.caFile else { return }
        let listings = options.inputs.isEmpty ? config.sources.compactMap { $0.listing?.url } : []
        let https = (docs.compactMap(\.url) + listings).filter(Self.isHTTPS).count
        if https > 0 { throw .caFileUnusable(path: problem.path, reason: problem.reason, httpsDocuments: https) }
    }

    /// Whether a URL's scheme is https (any case).
    static func isHTTPS(_ url: String) -> Bool {
        url.utf8.count >= 8 && url.prefix(8).lowercased() == "https://"
    }
}
