/// Why a document could not be cleaned; each case names the document.
public enum CleanError: Error, Equatable, CustomStringConvertible {
    /// The input has no bytes, or only whitespace.
    case empty(docID: String, source: String)
    /// The input is not text (an image, archive, PDF …).
    case binary(docID: String, source: String, detected: String)
    /// Decoding or parsing left no body text at all.
    case noContent(docID: String, source: String)

    /// A diagnostic naming the document and what to do.
    public var description: String {
        switch self {
        case .empty(_, let source):
            return "\(source): empty file; nothing to clean"
        case .binary(_, let source, let detected):
            return "\(source): binary file (\(detected)), not an HTML or text report; remove it from the sources"
        case .noContent(_, let source):
            return "\(source): no body text left after removing page chrome"
        }
    }
}
