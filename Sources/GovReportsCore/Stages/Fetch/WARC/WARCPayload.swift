import Foundation

/// A WARC `response` record as a document, the one rule for the WARC source and for `stream --format warc`:
/// which records are HTML pages, and the raw document (bytes, charset hint from the HTTP headers) each gives.
public enum WARCPayload {
    /// Largest record block taken as a page (real report pages are under 2 MB; clean then applies
    /// `clean.maxInputBytes`): a larger one fails its document instead of filling memory.
    public static let maxBlockBytes = 64 << 20
    /// How much of a block is read to decide whether it is a page (HTTP head and the sniff window).
    public static let sniffBytes = WARCHTTPResponse.maxHeadBytes + HTMLSniffer.scanLimit
    /// Media types that are HTML pages.
    public static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]
    /// Media types that say nothing reliable about the bytes, so the bytes are sniffed (as for a file).
    public static let sniffedTypes: Set<String> = ["text/plain", "application/octet-stream", "unknown/unknown",
                                                   "application/unknown", "*/*"]
    /// HTTP statuses whose body is a page (206 is a part, 204 has none).
    public static let pageStatuses: Set<Int> = [200, 201, 202, 203]

    /// Whether a record is an HTML page.
    public enum Verdict: Equatable {
        /// A page, with its parsed HTTP response.
        case page(WARCHTTPResponse)
        /// Not a page; why, for counts and logs.
        case skip(String)
    }

    /// Decides from the header and the first `sniffBytes` of the block (or all of it).
    public static func classify(_ header: WARCRecordHeader, prefix: [UInt8]) -> Verdict {
        guard header.type == "response" else { return .skip("\(header.type) record") }
        guard let uri = header.targetURI, !uri.isEmpty else { return .skip("response without WARC-Target-URI") }
        guard let http = WARCHTTPResponse.parse(prefix) else { return .skip("response block is no HTTP response") }
        guard pageStatuses.contains(http.status) else { return .skip("HTTP \(http.status)") }
        let type = http.mediaType
        if let type, htmlTypes.contains(type) { return .page(http) }
        if let type, !sniffedTypes.contains(type) { return .skip(type) }
        // No usable Content-Type: the bytes decide, as they do for a file (encoded bodies are not sniffed).
        let body = Array(prefix[min(http.bodyOffset, prefix.count)...])
        if http.header("content-encoding") == nil, HTMLSniffer.isHTML(source: uri, utf8: body) { return .page(http) }
        return .skip(type ?? "no Content-Type")
    }

    /// The `doc_id` of a record: that of its target URI, the same id a URL source of that URI has, so re-runs over
    /// the same archive, and a re-extraction from the fetch archive, keep every document's id.
    public static func docID(uri: String) -> String { DocumentID.make(source: uri) }

    /// Clean's input from a page record's whole block: the HTTP body (de-chunked, decompressed when the archive
    /// kept it encoded), the charset from Content-Type as fetch takes it, WARC-Date as `fetchedAt`.
    public static func document(_ header: WARCRecordHeader, block: [UInt8], archive: String) throws(DocumentError) -> RawDocument {
        let uri = header.targetURI ?? ""
        let docID = docID(uri: uri)
        guard case .page(let http) = classify(header, prefix: Array(block.prefix(sniffBytes))) else {
            throw .unsupported(docID: docID, source: uri, reason: "\(archive) at \(header.position): not an HTML page response")
        }
        var body = Array(block[min(http.bodyOffset, block.count)...])
        if http.header("transfer-encoding")?.lowercased().contains("chunked") == true {
            guard let plain = WARCHTTPResponse.dechunk(body[...]) else {
                throw .unreadable(docID: docID, source: uri, reason: "\(archive) at \(header.position): broken chunked body")
            }
            body = plain
        }
        let encoding = http.header("content-encoding")?.lowercased().trimmingCharacters(in: .whitespaces) ?? ""
        // Archives made from traffic keep the body as sent; crawlers that decoded it often keep the header anyway,
        // so the bytes, not the header alone, decide.
        let gzipped = body.count >= 2 && body[0] == 0x1f && body[1] == 0x8b
        if (encoding == "gzip" || encoding == "x-gzip") && gzipped || encoding == "deflate" {
            do { body = try Gzip.inflate(body, limit: maxBlockBytes) } catch {
                if encoding != "deflate" || body.first != UInt8(ascii: "<") {
                    throw .unreadable(docID: docID, source: uri,
                                      reason: "\(archive) at \(header.position): body encoded \(encoding) does not decode (\(error))")
                }
            }
        }
        var kept: [String: String] = [:]
        for field in http.headers where FetchedResponse.keptHeaders.contains(field.name) {
            kept[field.name] = kept[field.name].map { "\($0), \(field.value)" } ?? field.value
        }
        let record = FetchRecord(docID: docID, source: uri, rawFile: "\(docID).raw",
                                 fetchedAt: header.date ?? Timestamp.now(), sha256: Digest.sha256(body),
                                 byteCount: body.count, httpStatus: http.status, finalURL: uri, headers: kept,
                                 charsetHint: FetchedResponse.charset(contentType: http.header("content-type")))
        return RawDocument(record: record, bytes: body)
    }
}
