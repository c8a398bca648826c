import Foundation

/// A request the test server received: what was asked, with which headers, and when it arrived.
struct TestRequest: Sendable {
    /// Request method.
    var method: String
    /// Path and query as sent.
    var path: String
    /// Headers with lower-cased names (last value wins).
    var headers: [String: String]
    /// Arrival time of the request head.
    var arrivedAt: Date
}
