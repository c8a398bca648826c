/// Why a document could not be cleaned; each case names the document.
public enum CleanError: Error, Equatable, CustomStringConvertible {
    /// The input has no bytes, or only whitespace.
    case empty(docID: String, source: String)
    /// The input is not text (an image, archive, PDF …).
    case binary(docID: String, source: String, detected: String)
    /// Decoding or parsing left no body text at all.
    case noContent(docID: String, source: String)
    /// The page has no body text of its own and embeds other documents (a `<frameset>`, an `<iframe src>`): its
    /// body lives there; `sources` names their addresses so they can be fetched.
    case bodyEmbedded(docID: String, source: String, sources: [String])
    /// The raw document is larger than `clean.maxInputBytes`; it is refused before being read.
    case tooLarge(docID: String, source: String, bytes: Int, limit: Int)
    /// libxml2 stopped parsing early (its message says why) and no body text came before that point.
    case parserHalted(docID: String, source: String, reason: String)
    /// Cleaning took longer than `clean.maxSecondsPerDocument`; the document was abandoned.
    case timedOut(docID: String, source: String, seconds: Double)
    /// The input is an attachment format that is recognised but not read (WPS, OFD).
    case unsupportedFormat(docID: String, source: String, format: String)
    /// A PDF, DOCX or DOC that its readers could not read; the reason says how they failed.
    case attachmentUnreadable(docID: String, source: String, format: String, reason: String)
    /// The program that reads this attachment format is not installed; `install` names the Debian packages.
    case readerMissing(docID: String, source: String, format: String, install: String)
    /// A PDF none of whose pages has a text layer (a scanned document).
    case noTextLayer(docID: String, source: String, pages: Int)

    /// A diagnostic naming the document and what to do.
    public var description: String {
        switch self {
        case .empty(_, let source):
            return "\(source): empty file; nothing to clean"
        case .binary(_, let source, let detected):
            return "\(source): binary file (\(detected)), not an HTML or text report; remove it from the sources"
        case .noContent(_, let source):
            return "\(source): no body text left after removing page chrome"
        case .bodyEmbedded(_, let source, let sources):
            return "\(source): body-embedded: the page has no body text of its own and embeds \(sources.joined(separator: ", ")); "
                + "fetch that document instead"
        case .tooLarge(_, let source, let bytes, let limit):
            return "\(source): \(bytes) bytes is over the clean.maxInputBytes limit of \(limit) bytes (report pages are "
                + "under 2 MB); check that the source is a single report, or raise clean.maxInputBytes in pipeline.json"
        case .parserHalted(_, let source, let reason):
            return "\(source): the HTML parser gave up before any body text (libxml2: \(reason)); the page is malformed"
        case .timedOut(_, let source, let seconds):
            return "\(source): document-timeout: cleaning took longer than clean.maxSecondsPerDocument (\(seconds) s) and "
                + "was abandoned; the page is pathological, or raise the limit in pipeline.json"
        case .unsupportedFormat(_, let source, let format):
            return "\(source): unsupported-format: \(format) files are not read; save the report as PDF, DOCX or DOC"
        case .attachmentUnreadable(_, let source, let format, let reason):
            return "\(source): the \(format) file could not be read (\(reason))"
        case .readerMissing(_, let source, let format, let install):
            return "\(source): no program to read \(format) files is installed; install the Debian packages \(install)"
        case .noTextLayer(_, let source, let pages):
            return "\(source): pdf-no-text: none of the PDF's \(pages) page(s) has a text layer (a scanned document; "
                + "OCR is not done), so no text was taken"
        }
    }
}
