/// How the part of a site template that applies to a document joins the identity of normalize's input.
public enum TemplateIdentity {
    /// Separates the cleaned text's identity from the template part in an input identity.
    static let separator = "+template:"

    /// The input identity: the cleaned text's identity alone when no template line applies (as without templates),
    /// else followed by the identity of the lines the template removes from this document.
    public static func combine(_ upstream: String, _ applicable: String?) -> String {
        applicable.map { upstream + separator + $0 } ?? upstream
    }

    /// Why an input identity changed: `templateChanged` when the cleaned text is the same and only the template part
    /// differs, else `inputChanged`.
    public static func reason(stored: String, current: String) -> StaleReason {
        /// The cleaned text's part of an identity.
        func upstream(_ s: String) -> Substring {
            s.range(of: separator).map { s[..<$0.lowerBound] } ?? Substring(s)
        }
        return upstream(stored) == upstream(current) ? .templateChanged : .inputChanged
    }
}
