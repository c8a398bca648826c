import Foundation

/// One HTTP response as received: status, headers and the (decompressed) body.
public struct FetchedResponse: Sendable {
    /// HTTP status code.
    public var status: Int
    /// URL that answered, after redirects.
    public var finalURL: String
    /// Response headers in order, names lower-cased.
    public var headers: [(name: String, value: String)]
    /// Body bytes (already decompressed when the server compressed them).
    public var body: Data

    /// Creates a response.
    public init(status: Int, finalURL: String, headers: [(name: String, value: String)], body: Data) {
        self.status = status
        self.finalURL = finalURL
        self.headers = headers
        self.body = body
    }

    /// Headers worth keeping in the fetch record: validators, type and caching hints.
    public static let keptHeaders: Set<String> = [
        "content-type", "content-length", "content-encoding", "content-language", "etag", "last-modified",
        "date", "expires", "cache-control", "location", "retry-after", "server",
    ]

    /// First value of a header (name case-insensitive).
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name == lower }?.value
    }

    /// The headers the record keeps, comma-joining repeated ones.
    public var keptHeaderMap: [String: String] {
        var out: [String: String] = [:]
        for (name, value) in headers where Self.keptHeaders.contains(name) {
            out[name] = out[name].map { "\($0), \(value)" } ?? value
        }
        return out
    }

    /// The charset named by Content-Type, lower-cased (e.g. `gbk`), or nil when it names none.
    public var charset: String? { Self.charset(contentType: header("content-type")) }

    /// Extracts the `charset` parameter of a Content-Type value.
    public static func charset(contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")).lowercased()
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
