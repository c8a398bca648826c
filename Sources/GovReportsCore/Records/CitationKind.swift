/// The two sorts of citation: a `《…》` title or a document number.
public enum CitationKind: String, Codable, Sendable {
    case title
    case docNumber = "doc_number"
}
