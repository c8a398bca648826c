/// A run-level fault of HTTPS trust: it concerns every HTTPS document alike, so the run stops once before fetching
/// instead of failing them one by one.
public enum TrustError: Error, Equatable, CustomStringConvertible {
    /// `fetch.caFile` is set but cannot be read or holds no usable certificate; `https` documents are to be fetched.
    case caFileUnusable(path: String, reason: String, httpsDocuments: Int)

    /// One plain line: what is wrong, what was not done, what to do.
    public var description: String {
        switch self {
        case .caFileUnusable(let path, let reason, let count):
            return "fetch.caFile \(path) cannot be used (\(reason)); nothing was fetched (\(count) HTTPS "
                + "document\(count == 1 ? "" : "s") waiting). Fix the file or the fetch.caFile setting in the config "
                + "(a relative path is read from the config's folder), or remove the setting to trust only the "
                + "system's CAs; `govreports config validate` checks it"
        }
    }
}
