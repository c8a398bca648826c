import Foundation

/// What the test server does for one request.
indirect enum TestReply: Sendable {
    /// A complete response with a Content-Length.
    case respond(status: Int, headers: [String: String], body: [UInt8])
    /// Waits, then does the inner reply (a slow server).
    case delayed(seconds: Double, TestReply)
    /// A chunked body of `count` chunks of `size` bytes, each written after the previous one left.
    case stream(size: Int, count: Int)

    /// A 200 HTML page in UTF-8 with the charset in the header only.
    static func html(_ text: String, headers: [String: String] = [:]) -> TestReply {
        .respond(status: 200, headers: ["content-type": "text/html; charset=utf-8"].merging(headers) { $1 },
                 body: Array(text.utf8))
    }

    /// A redirect to `location`.
    static func redirect(_ location: String, status: Int = 302) -> TestReply {
        .respond(status: status, headers: ["location": location], body: [])
    }

    /// A bare status with an optional short body.
    static func status(_ code: Int, headers: [String: String] = [:]) -> TestReply {
        .respond(status: code, headers: headers, body: Array("status \(code)".utf8))
    }
}
