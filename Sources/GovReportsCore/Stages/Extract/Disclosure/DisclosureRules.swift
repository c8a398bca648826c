/// The national disclosure-report template as data (`rules/disclosure.json`): its tables with their canonical rows
/// and columns, the version evidence, the identities the checks use, the panel's cells and the text restatements.
struct DisclosureRules: Decodable, Sendable {
    /// Least share of a table's rows (of one template version) that must be recognized before its cells are kept.
    let minRowShare: Double
    /// Least number of data columns a table must have recognized.
    let minColumns: Int
    /// Least number of a table's canonical rows and columns (at least one of each) that a plain text's table-like
    /// lines must name for the table, when it is not read, to be reported as possibly lost (`disclosure-partial`).
    let partialTextLabels: Int
    /// Cell texts (after whitespace removal) that mean "left blank".
    let blankMarks: [String]
    /// Money units a cell may carry, as multiples of the canonical 万元.
    let moneyUnits: [String: Double]
    /// The template's tables.
    let tables: [DisclosureTableSpec]
    /// Per template version, the `table/id` rows or columns whose presence shows a document follows it.
    let evidence: [String: [String]]
    /// The names of the cells the identities add up.
    let identities: DisclosureIdentities
    /// The wide panel's columns.
    let panel: [DisclosurePanelColumn]
    /// Sentences of the text that restate a panel value.
    let restatements: [DisclosureRestatement]

    /// The bundled rules.
    static func bundled() throws -> DisclosureRules {
        try decoded.get()
    }

    /// The bundled rules, decoded once per process (the extractor and the dataset schema both ask for them).
    private static let decoded = Result<DisclosureRules, any Error> {
        try BundledRuleFile.json(DisclosureRules.self, name: "disclosure")
    }

    /// The table spec with `id`.
    func table(_ id: String) -> DisclosureTableSpec? { tables.first { $0.id == id } }
}

/// One table of the template.
struct DisclosureTableSpec: Decodable, Sendable {
    /// Canonical table id (`proactive`, `applications`, `review_litigation`).
    let id: String
    /// The template's heading of the table.
    let label_zh: String
    /// How the grid is read: `sequential` (header rows may recur between data rows, the 第二十条 sub-tables),
    /// `columns` (one header block over label columns and data columns) or `groups` (one data row whose columns are
    /// group × result).
    let layout: String
    /// Column ids one of which must be found in the header for the table to be recognized (`columns` layout).
    let anchorColumns: [String]?
    /// Canonical rows, most specific first.
    let rows: [DisclosureLabelSpec]
    /// Canonical columns, most specific first.
    let columns: [DisclosureLabelSpec]
}

/// A canonical row or column: its id, the template's label and how a label of a real table is matched to it.
struct DisclosureLabelSpec: Decodable, Sendable {
    /// Canonical id, stable across template versions.
    let id: String
    /// The template's wording (both versions where they differ).
    let label_zh: String
    /// Folded substrings, one of which the leaf label must contain.
    let keys: [String]?
    /// Folded labels the leaf must equal once its numbering marker is stripped.
    let exact: [String]?
    /// Folded substrings one of which the label path must contain (the parent label: （三）不予公开 …).
    let group: [String]?
    /// Whether the column holds money (converted to 万元).
    let money: Bool?
    /// Template versions the row or column belongs to.
    let versions: [String]

    /// Whether the folded leaf label and folded path match this spec.
    func matches(leaf: String, path: String) -> Bool {
        if let group, !group.contains(where: { DisclosureTextGate.contains(path, $0) }) { return false }
        if let keys, keys.contains(where: { DisclosureTextGate.contains(leaf, $0) }) { return true }
        if let exact {
            let bare = DisclosureLabel.stripMarker(leaf)
            if exact.contains(bare) { return true }
        }
        return false
    }
}

/// The cell names the checks add up.
struct DisclosureIdentities: Decodable, Sendable {
    /// The rows of 三（一）…（六） whose sum is （七）总计.
    let applicationsParts: [String]
    /// The applicant columns whose sum is the 总计 column.
    let applicantColumns: [String]
    /// The result columns of 四 whose sum is 总计.
    let resultParts: [String]
}

/// One column of `disclosure_panel`: the sum of the listed cells (`table/row/col`).
struct DisclosurePanelColumn: Decodable, Sendable {
    /// Column name.
    let id: String
    /// Cells added up, as `table/row/col`.
    let cells: [String]
    /// What the column holds.
    let description: String
}

/// A restatement in the text of a panel value: the first count in a clause that contains one of `any`, all of `all`
/// and none of `none` before the number.
struct DisclosureRestatement: Decodable, Sendable {
    /// Panel column the clause restates.
    let panel: String
    /// One of these must precede the number in its clause.
    let any: [String]
    /// All of these must precede it.
    let all: [String]
    /// None of these may precede it.
    let none: [String]
}
