/// The two sorts of citation: a `《…》` title or a document number.
public enum CitationKind: String, Codable, Sendable {
    /// A `《…》` title.
    case title
    /// A document number such as `厦海政办〔2022〕12号`.
    case docNumber = "doc_number"
}
