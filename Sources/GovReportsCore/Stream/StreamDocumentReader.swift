/// The seam between an input format and `stream`: turns a byte stream (stdin) into documents one at a time. JSON
/// lines (`JSONLinesDocumentReader`) is one; a WARC reader is another (`StreamFormat.warc`). A reader rejects a bad
/// item as `.rejected` and goes on; it throws only when the input itself cannot be read any more.
public protocol StreamDocumentReader {
    /// The next item, or nil at the end of the input.
    mutating func next() throws(StreamError) -> StreamItem?
}
