/// Sorts agencies into types for the overview, by the bundled `rules/agency_types.json` (first match wins).
struct AgencyTypeTable: Decodable, Sendable {
    /// One type: its label and the literal phrases that mark it.
    struct Entry: Decodable, Sendable {
        /// Label shown in the overview.
        let label: String
        /// Phrases, any of which in the agency name marks the type.
        let patterns: [String]
    }

    /// Label for agencies no entry matches.
    static let otherLabel = "未分类 unclassified"
    /// Label for documents without an agency.
    static let unknownLabel = "(no agency)"

    /// Types in priority order.
    let types: [Entry]

    /// The bundled table.
    static func bundled() throws -> AgencyTypeTable {
        try BundledRuleFile.json(AgencyTypeTable.self, name: "agency_types")
    }

    /// The type of an agency name.
    func type(of agency: String?) -> String {
        guard let agency, !agency.isEmpty else { return Self.unknownLabel }
        for entry in types where entry.patterns.contains(where: { agency.contains($0) }) { return entry.label }
        return Self.otherLabel
    }
}
