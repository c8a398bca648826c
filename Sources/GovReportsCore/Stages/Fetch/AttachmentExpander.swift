import Foundation
import Logging

/// Turns the attachment links of fetched HTML pages into their own URL documents, each linked to its page (issue
/// 22), in the manner of `ListingExpander`.
///
/// `refresh` reads the pages a fetch pass stored and saves each page's links under
/// `output/stages/fetch/attachments/`; `documents` reads those saved lists offline, so `govreports status` never
/// parses pages or touches the network. The attachments are ordinary URL documents: the run's `HTTPFetcher`
/// applies robots, delays and size caps to them as to pages.
public struct AttachmentExpander: Sendable {
    /// Stored artifacts (the fetched pages and the saved lists).
    public let store: ArtifactStore
    /// Logger for the summary.
    let logger: Logger

    /// Creates an expander.
    public init(store: ArtifactStore, logger: Logger = Logger(label: "govreports.fetch")) {
        self.store = store
        self.logger = logger
    }

    /// Re-reads the links of every URL document in `pages` whose stored bytes are HTML and saves them; returns the
    /// attachment documents found. A page whose fetch record is missing keeps its last saved list.
    @discardableResult
    public func refresh(_ pages: [SourceDocument]) -> [SourceDocument] {
        var found = 0
        for page in pages where page.url != nil && page.parentDocID == nil {
            guard let record = try? store.read(FetchRecord.self, stage: .fetch, docID: page.docID) else { continue }
            if let saved = saved(page.docID), saved.sha256 == record.sha256 { found += saved.links.count; continue }
            let links = Self.links(record: record, bytes: (try? PlainFile.read(store.rawURL(docID: page.docID).path)) ?? [])
            do {
                try AtomicFile.write(try ArtifactStore.encoder.encode(AttachmentRecord(
                    parentDocID: page.docID, source: page.source, sha256: record.sha256, links: links)),
                    to: recordURL(page.docID))
            } catch {
                logger.error("attachments of \(page.source): \(error)")
            }
            found += links.count
        }
        if found > 0 { logger.info("attachments: \(found) links on fetched pages") }
        return documents(pages)
    }

    /// The attachment documents of the saved lists of `pages`, without network; each carries its page's doc id.
    public func documents(_ pages: [SourceDocument]) -> [SourceDocument] {
        pages.filter { $0.url != nil && $0.parentDocID == nil }.flatMap { page in
            (saved(page.docID)?.links ?? []).map {
                SourceDocument(docID: DocumentID.make(source: $0), source: $0, url: $0, parentDocID: page.docID)
            }
        }
    }

    /// The attachment links of one stored page; none when its bytes are not HTML.
    static func links(record: FetchRecord, bytes: [UInt8]) -> [String] {
        let pageURL = record.finalURL ?? record.source
        guard !bytes.isEmpty, HTMLSniffer.isHTML(source: pageURL, utf8: bytes), let url = URL(string: pageURL) else {
            return []
        }
        let all = LinkExtractor.links(in: Data(bytes), pageURL: url, charset: record.charsetHint)
        return AttachmentLinks.find(in: all, pageURL: url).map(\.url)
    }

    /// The saved list of a page, if one was ever written.
    func saved(_ parentDocID: String) -> AttachmentRecord? {
        guard let data = try? Data(contentsOf: recordURL(parentDocID)) else { return nil }
        return try? JSONDecoder().decode(AttachmentRecord.self, from: data)
    }

    /// Where a page's attachment links are saved.
    func recordURL(_ parentDocID: String) -> URL {
        store.folder(.fetch).appendingPathComponent("attachments").appendingPathComponent("\(parentDocID).json")
    }
}
