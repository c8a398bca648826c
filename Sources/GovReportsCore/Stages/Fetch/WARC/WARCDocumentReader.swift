/// The seam for `govreports stream --format warc`: turns a WARC byte stream (standard input: gzip per record,
/// whole-file gzip or plain) into the same raw documents a WARC source gives, one at a time and in stream order,
/// with the same `doc_id` (from WARC-Target-URI), bytes and charset hint. A stream cannot look ahead, so a URI that
/// occurs twice gives two documents (the WARC source keeps only the latest); a bad record is an item of its own.
public final class WARCDocumentReader {
    /// One item of the stream.
    public enum Item {
        /// An HTML page record as clean's input.
        case document(RawDocument)
        /// A page record that cannot be a document (cut short, too large, undecodable body): its id (when its URI
        /// is known) and a diagnostic naming the archive and offset.
        case failed(docID: String?, source: String, Diagnostic)
    }

    /// The record reader.
    private let reader: WARCReader
    /// Records that were no page so far.
    public private(set) var skipped = 0
    /// Issues met but not yet handed out (a bad record found while skipping another).
    private var pending: [WARCIssue] = []
    /// A record header read while issues were still to be handed out; its block is next in the stream.
    private var held: WARCRecordHeader?

    /// Reads from an open descriptor (0 for standard input), which stays open.
    public init(fileDescriptor: Int32, name: String = "<stdin>") {
        reader = WARCReader(fileDescriptor: fileDescriptor, name: name)
    }

    /// Reads an archive file.
    public init(path: String) throws(WARCError) {
        reader = try WARCReader(path: path)
    }

    /// The next page or bad record; nil at the end of the stream.
    public func next() throws(WARCError) -> Item? {
        while true {
            if !pending.isEmpty { return Self.item(pending.removeFirst()) }
            let header: WARCRecordHeader
            if let waiting = held {
                header = waiting
                held = nil
            } else {
                guard let read = try reader.next() else {
                    pending = reader.takeIssues()
                    if pending.isEmpty { return nil }
                    continue
                }
                pending += reader.takeIssues()
                if !pending.isEmpty {
                    // Issues found before this record come first, in stream order.
                    held = read
                    continue
                }
                header = read
            }
            let block = try reader.readBlock(limit: WARCPayload.maxBlockBytes)
            if block.isTruncated {
                pending += reader.takeIssues()
                continue
            }
            guard case .page = WARCPayload.classify(header, prefix: Array(block.bytes.prefix(WARCPayload.sniffBytes))) else {
                skipped += 1
                continue
            }
            let uri = header.targetURI ?? ""
            guard block.isWhole else {
                return .failed(docID: WARCPayload.docID(uri: uri), source: uri,
                               Diagnostic(.warcRecordBad, stage: .fetch, severity: .error,
                                          "\(reader.name) at \(header.position): record over \(WARCPayload.maxBlockBytes) bytes"))
            }
            do { return .document(try WARCPayload.document(header, block: block.bytes, archive: reader.name)) } catch {
                return .failed(docID: WARCPayload.docID(uri: uri), source: uri,
                               Diagnostic(error.diagnosticCode, stage: .fetch, severity: .error, error.description))
            }
        }
    }

    /// A bad record as an item.
    private static func item(_ issue: WARCIssue) -> Item {
        .failed(docID: nil, source: issue.archive, Diagnostic(.warcRecordBad, stage: .fetch, severity: .error, issue.description))
    }
}
