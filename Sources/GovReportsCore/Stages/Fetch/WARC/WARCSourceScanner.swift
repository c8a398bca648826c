import Foundation

/// Lists the HTML page records of WARC archives as source documents (`{"warc": "crawl/*.warc.gz"}`), streaming
/// each archive once. A URI archived more than once gives one document: the record with the latest WARC-Date, and
/// of equal dates the later one in archive order (a re-crawl appends), so the document is what the site served
/// last. Records that are no page are counted; bad records are issues and the scan goes on.
public struct WARCSourceScanner {
    /// What a scan found.
    public struct Scan {
        /// One document per distinct URI, in archive order of the record kept.
        public var documents: [SourceDocument] = []
        /// Bad records and data, naming archive and offset.
        public var issues: [WARCIssue] = []
        /// Records that are no HTML page (requests, metadata, images, errors …).
        public var skipped = 0
        /// Older copies of a URI that a later record replaced.
        public var superseded = 0
    }

    /// One candidate record.
    private struct Candidate {
        /// The document it gives.
        var document: SourceDocument
        /// WARC-Date as seconds (−∞ when missing or unparsable).
        var date: Double
        /// Archive index and position: the tie-break and the output order.
        var order: (Int, WARCPosition)
    }

    /// Scans `archives` (absolute paths) in order; `names` are the paths as shown in issues (default: the paths).
    public static func scan(_ archives: [String], names: [String]? = nil) throws(WARCError) -> Scan {
        var scan = Scan()
        var best: [String: Candidate] = [:]
        for (index, path) in archives.enumerated() {
            let shown = names?[index] ?? path
            let reader = try WARCReader(path: path, name: shown)
            while let header = try reader.next() {
                let prefix = try reader.readBlock(limit: WARCPayload.sniffBytes)
                guard case .page = WARCPayload.classify(header, prefix: prefix.bytes), !prefix.isTruncated else {
                    if !prefix.isTruncated { scan.skipped += 1 }
                    continue
                }
                guard try reader.finishRecord() else { continue }
                let uri = header.targetURI!
                let identity = header["WARC-Payload-Digest"] ?? header["WARC-Block-Digest"] ?? "length:\(header.contentLength)"
                let location = WARCLocation(archive: path, position: header.position, recordID: header.recordID ?? "",
                                            contentIdentity: identity)
                let candidate = Candidate(
                    document: SourceDocument(docID: WARCPayload.docID(uri: uri), source: uri, warc: location),
                    date: seconds(header.date), order: (index, header.position))
                if let previous = best[uri] {
                    scan.superseded += 1
                    if (previous.date, previous.order.0, previous.order.1) > (candidate.date, candidate.order.0, candidate.order.1) {
                        continue
                    }
                }
                best[uri] = candidate
            }
            scan.issues += reader.takeIssues()
        }
        scan.documents = best.values.sorted { ($0.order.0, $0.order.1) < ($1.order.0, $1.order.1) }.map(\.document)
        return scan
    }

    /// WARC-Date as seconds since 1970 (with or without fractional seconds); −∞ when missing or unparsable.
    static func seconds(_ date: String?) -> Double {
        guard let date else { return -.infinity }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let parsed = formatter.date(from: date) { return parsed.timeIntervalSince1970 }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: date)?.timeIntervalSince1970 ?? -.infinity
    }
}
