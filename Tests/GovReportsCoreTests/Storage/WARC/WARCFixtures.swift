import Foundation
@testable import GovReportsCore

/// Hand-laid WARC records (not through `WARCRecordWriter`, so the reader is checked against the format, not
/// against the writer) and archives built from them in a temporary folder.
enum WARCFixtures {
    /// A response record for `uri` whose HTTP message has `contentType` and `body`.
    static func response(_ uri: String, body: [UInt8], contentType: String? = "text/html; charset=utf-8",
                         status: String = "200 OK", date: String = "2024-03-01T08:00:00Z",
                         id: String = "<urn:uuid:\(UUID().uuidString.lowercased())>", extraHTTP: String = "") -> [UInt8] {
        var http = "HTTP/1.1 \(status)\r\n"
        if let contentType { http += "Content-Type: \(contentType)\r\n" }
        http += extraHTTP
        http += "Content-Length: \(body.count)\r\n\r\n"
        let block = Array(http.utf8) + body
        return record(["WARC-Type: response", "WARC-Record-ID: \(id)", "WARC-Date: \(date)", "WARC-Target-URI: \(uri)",
                       "Content-Type: application/http; msgtype=response"], block: block)
    }

    /// A record with the given header lines (Content-Length added) and block.
    static func record(_ lines: [String], block: [UInt8], version: String = "WARC/1.0") -> [UInt8] {
        Array((version + "\r\n" + lines.map { $0 + "\r\n" }.joined() + "Content-Length: \(block.count)\r\n\r\n").utf8)
            + block + Array("\r\n\r\n".utf8)
    }

    /// A `warcinfo` record.
    static func warcinfo() -> [UInt8] {
        record(["WARC-Type: warcinfo", "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>",
                "WARC-Date: 2024-03-01T08:00:00Z", "Content-Type: application/warc-fields"],
               block: Array("software: hand-made fixture\r\n".utf8))
    }

    /// A page body in UTF-8.
    static func page(_ title: String) -> [UInt8] {
        Array("<html><head><title>\(title)</title></head><body><h1>\(title)</h1><p>\(title)：2023年共办理行政许可295件。</p></body></html>".utf8)
    }

    /// A fresh temporary folder.
    static func folder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("warc-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` to `name` in `folder`; returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Every record's header (with its whole block) and the issues, reading `path` to the end.
    static func readAll(_ path: String) throws -> (records: [(WARCRecordHeader, WARCBlock)], issues: [WARCIssue]) {
        let reader = try WARCReader(path: path)
        var records: [(WARCRecordHeader, WARCBlock)] = []
        while let header = try reader.next() { records.append((header, try reader.readBlock())) }
        return (records, reader.takeIssues())
    }
}
