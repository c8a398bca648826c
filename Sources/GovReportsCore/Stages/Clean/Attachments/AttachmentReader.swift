/// The attachment seam of clean: reads a PDF, DOCX or DOC into lines and grids with the reader for its format,
/// and refuses the formats it recognises but cannot read with `unsupported-format`.
struct AttachmentReader: Sendable {
    /// Seconds each external converter may run (the document's budget, `clean.maxSecondsPerDocument`).
    let seconds: Double

    /// Reads `bytes` of `format`; the error names the document.
    func read(_ bytes: [UInt8], format: AttachmentFormat, docID: String, source: String) throws(CleanError) -> AttachmentContent {
        switch format {
        case .unsupported(let name):
            throw .unsupportedFormat(docID: docID, source: source, format: name)
        case .docx:
            do { return try DocxReader().read(bytes) } catch {
                switch error {
                case .unreadable(let why): throw .attachmentUnreadable(docID: docID, source: source, format: "DOCX", reason: why)
                }
            }
        case .doc:
            do { return try DocReader(seconds: seconds).read(bytes) } catch {
                switch error {
                case .noReader: throw .readerMissing(docID: docID, source: source, format: "DOC", install: "antiword catdoc")
                case .unreadable(let why): throw .attachmentUnreadable(docID: docID, source: source, format: "DOC", reason: why)
                }
            }
        case .pdf:
            do { return try PdfReader(seconds: seconds).read(bytes) } catch {
                switch error {
                case .noReader:
                    throw .readerMissing(docID: docID, source: source, format: "PDF", install: "poppler-utils poppler-data mupdf-tools")
                case .unreadable(let why): throw .attachmentUnreadable(docID: docID, source: source, format: "PDF", reason: why)
                case .noText(let pages): throw .noTextLayer(docID: docID, source: source, pages: pages)
                }
            }
        }
    }
}
