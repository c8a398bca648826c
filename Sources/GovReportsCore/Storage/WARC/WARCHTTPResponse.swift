import Foundation

/// The HTTP response a WARC `response` record's block holds: status, headers, and where the body starts.
public struct WARCHTTPResponse: Sendable, Equatable {
    /// Largest status line plus headers accepted (real ones are a few KiB).
    public static let maxHeadBytes = 64 * 1024

    /// The status code.
    public var status: Int
    /// Headers in order, names lower-cased.
    public var headers: [WARCField]
    /// Offset of the body's first byte in the block.
    public var bodyOffset: Int

    /// Creates a parsed response.
    public init(status: Int, headers: [WARCField], bodyOffset: Int) {
        self.status = status
        self.headers = headers
        self.bodyOffset = bodyOffset
    }

    /// The first value of a header (name compared lower-cased).
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name == lower }?.value
    }

    /// The media type of Content-Type, lower-cased without parameters (`text/html`), or nil.
    public var mediaType: String? {
        guard let value = header("content-type") else { return nil }
        let type = value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return type?.isEmpty == false ? type : nil
    }

    /// Parses the start of a block (`HTTP/1.x NNN reason`, headers, empty line); nil when it is no HTTP response
    /// or its head is not complete in `block`.
    public static func parse(_ block: [UInt8]) -> WARCHTTPResponse? {
        let limit = min(block.count, maxHeadBytes)
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        var i = 0
        var bodyOffset: Int?
        while i < limit {
            if block[i] == 0x0a {
                var end = i
                if end > lineStart && block[end - 1] == 0x0d { end -= 1 }
                if end == lineStart {
                    bodyOffset = i + 1
                    break
                }
                lines.append(block[lineStart..<end])
                lineStart = i + 1
            }
            i += 1
        }
        guard let bodyOffset, let statusLine = lines.first else { return nil }
        let parts = statusLine.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0].starts(with: Array("HTTP/".utf8)),
              let status = Int(String(decoding: parts[1], as: UTF8.self)), (100...999).contains(status) else { return nil }
        var headers: [WARCField] = []
        for line in lines.dropFirst() {
            if line.first == 0x20 || line.first == 0x09, !headers.isEmpty {
                headers[headers.count - 1].value += " " + String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            headers.append(WARCField(String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased(),
                                     String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)))
        }
        return WARCHTTPResponse(status: status, headers: headers, bodyOffset: bodyOffset)
    }

    /// Undoes `Transfer-Encoding: chunked` (archives made from raw traffic keep it); nil when the chunks are broken.
    public static func dechunk(_ body: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var i = body.startIndex
        while i < body.endIndex {
            var lineEnd = i
            while lineEnd < body.endIndex && body[lineEnd] != 0x0a { lineEnd += 1 }
            guard lineEnd < body.endIndex else { return nil }
            let sizeText = String(decoding: body[i..<lineEnd], as: UTF8.self)
                .split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            i = lineEnd + 1
            if size == 0 { return out }
            guard body.endIndex - i >= size else { return nil }
            out.append(contentsOf: body[i..<(i + size)])
            i += size
            // The CRLF after the chunk data.
            if i < body.endIndex && body[i] == 0x0d { i += 1 }
            if i < body.endIndex && body[i] == 0x0a { i += 1 }
        }
        return out
    }
}
