/// `stream --format warc`: the WARC document reader (response records of pages) behind the stream reader seam.
struct WARCStreamDocumentReader: StreamDocumentReader {
    /// The WARC reader over the input's file descriptor.
    let reader: WARCDocumentReader

    /// The next page, or a rejection line for a bad or non-page record that the reader reports.
    mutating func next() throws(StreamError) -> StreamItem? {
        let item: WARCDocumentReader.Item?
        do { item = try reader.next() } catch { throw .inputUnreadable("\(error)") }
        switch item {
        case nil:
            return nil
        case .document(let raw)?:
            // The record's source is its WARC-Target-URI, so the doc_id is the one a WARC source or a fetch of
            // the same URL gives.
            return .document(StreamInput(source: raw.record.source, url: raw.record.finalURL ?? raw.record.source,
                                         bytes: raw.bytes, charsetHint: raw.record.charsetHint,
                                         fetched: raw.record.fetchedAt))
        case .failed(_, let source, let diagnostic)?:
            return .rejected(StreamRejection(position: "warc", source: source, reason: diagnostic.message,
                                             diagnostic: diagnostic))
        }
    }
}
