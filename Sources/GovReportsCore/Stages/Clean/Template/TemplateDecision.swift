/// What a site template does to one document: the lines it removes, and the shared lines it keeps because they
/// belong to a table inside the body (a researcher may want to know the template matched them).
public struct TemplateDecision: Sendable, Equatable {
    /// Indices of the removed lines, ascending.
    public var removals: [Int]
    /// Indices of shared lines kept as a table's header or rows, ascending: the rule before tables were told
    /// apart would have removed them.
    public var keptTableLines: [Int]

    /// The `template-table-kept` diagnostic for the kept lines of `text`, or nil when none were kept.
    public func diagnostic(in text: [String]) -> Diagnostic? {
        guard let first = keptTableLines.first else { return nil }
        return Diagnostic(.templateTableKept, stage: .normalize, severity: .info,
                          "template-table-kept: \(keptTableLines.count) line(s) shared by the site's pages kept as a "
                          + "table's header or rows inside the body (first: \(String(text[first].unicodeScalars.prefix(30))))")
    }
}
