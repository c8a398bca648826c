import Foundation

/// Lays out WARC/1.1 records: the version line, the named fields, Content-Length, the block and the CRLF CRLF
/// that ends every record; and the HTTP request and response blocks of a fetch, with their digests.
public enum WARCRecordWriter {
    /// The version written.
    public static let version = "WARC/1.1"

    /// One record's bytes (uncompressed); `Content-Length` is added from the block.
    public static func record(_ fields: [WARCField], block: [UInt8]) -> [UInt8] {
        var text = version + "\r\n"
        for field in fields { text += "\(field.name): \(field.value)\r\n" }
        text += "Content-Length: \(block.count)\r\n\r\n"
        var out = Array(text.utf8)
        out.reserveCapacity(out.count + block.count + 4)
        out += block
        out += [0x0d, 0x0a, 0x0d, 0x0a]
        return out
    }

    /// A new `<urn:uuid:…>` record id.
    public static func newRecordID() -> String { "<urn:uuid:\(UUID().uuidString.lowercased())>" }

    /// A WARC-Date: ISO 8601 in UTC to the second.
    public static func date(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A `warcinfo` record describing the file and the program that wrote it.
    public static func warcinfo(fileName: String, date: Date) -> [UInt8] {
        let block = Array("software: govreports/\(ProgramVersion.current)\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n".utf8)
        return record([
            WARCField("WARC-Type", "warcinfo"),
            WARCField("WARC-Record-ID", newRecordID()),
            WARCField("WARC-Date", Self.date(date)),
            WARCField("WARC-Filename", fileName),
            WARCField("WARC-Block-Digest", WARCDigest.sha1(block)),
            WARCField("Content-Type", "application/warc-fields"),
        ], block: block)
    }

    /// The request and response records of one HTTP exchange, the request pointing at the response with
    /// WARC-Concurrent-To; the response carries WARC-Payload-Digest over the body.
    public static func exchange(uri: String, date: Date, request: [UInt8], responseHead: [UInt8],
                                body: [UInt8]) -> (request: [UInt8], response: [UInt8]) {
        let responseID = newRecordID()
        let when = Self.date(date)
        let responseBlock = responseHead + body
        let response = record([
            WARCField("WARC-Type", "response"),
            WARCField("WARC-Record-ID", responseID),
            WARCField("WARC-Date", when),
            WARCField("WARC-Target-URI", uri),
            WARCField("WARC-Block-Digest", WARCDigest.sha1(responseBlock)),
            WARCField("WARC-Payload-Digest", WARCDigest.sha1(body)),
            WARCField("Content-Type", "application/http;msgtype=response"),
        ], block: responseBlock)
        let requestRecord = record([
            WARCField("WARC-Type", "request"),
            WARCField("WARC-Record-ID", newRecordID()),
            WARCField("WARC-Date", when),
            WARCField("WARC-Target-URI", uri),
            WARCField("WARC-Concurrent-To", responseID),
            WARCField("WARC-Block-Digest", WARCDigest.sha1(request)),
            WARCField("Content-Type", "application/http;msgtype=request"),
        ], block: request)
        return (requestRecord, response)
    }

    /// A GET request's bytes as sent: request line, Host, then `headers`.
    public static func httpRequest(_ url: URL, headers: [WARCField]) -> [UInt8] {
        var target = url.path.isEmpty ? "/" : url.path
        // `URL.path` decodes percent escapes; the request line carries the URL's own (encoded) form.
        if let components = URLComponents(url: url, resolvingAgainstBaseURL: false) {
            target = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
            if let query = components.percentEncodedQuery { target += "?" + query }
        }
        var host = url.host ?? ""
        if let port = url.port { host += ":\(port)" }
        var text = "GET \(target) HTTP/1.1\r\nHost: \(host)\r\n"
        for field in headers where field.name.lowercased() != "host" { text += "\(field.name): \(field.value)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// Headers that describe the bytes on the wire, not the (already decompressed) body an archive stores.
    static let transportHeaders: Set<String> = ["content-encoding", "transfer-encoding", "content-length"]

    /// A response's status line and headers for a body stored decompressed: Content-Encoding, Transfer-Encoding
    /// and Content-Length are replaced by the stored body's length, so readers neither decode it again nor cut it.
    public static func httpResponseHead(status: Int, reason: String, headers: [WARCField], bodyLength: Int) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason)\r\n"
        for field in headers where !transportHeaders.contains(field.name.lowercased()) {
            text += "\(field.name): \(field.value)\r\n"
        }
        text += "Content-Length: \(bodyLength)\r\n\r\n"
        return Array(text.utf8)
    }
}
