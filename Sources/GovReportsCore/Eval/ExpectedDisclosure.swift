/// The disclosure expectations of one `expected.jsonl` line: the template version, the cells, and the check
/// diagnostics the document must raise (and no others of those codes).
struct ExpectedDisclosure: Decodable {
    /// File name in the corpus folder.
    var file: String
    /// Expected cells (nil: the line sets no disclosure expectation).
    var disclosure: [ExpectedDisclosureCell]?
    /// Expected template version.
    var template: String?
    /// Codes of the check diagnostics expected.
    var diagnostics: [String]?

    /// JSON keys.
    enum CodingKeys: String, CodingKey {
        case file, disclosure, template = "disclosure_template", diagnostics = "disclosure_diagnostics"
    }
}

/// One expected cell: canonical table, row and column, and its value (nil with `blank` for a blank cell).
struct ExpectedDisclosureCell: Decodable {
    /// Canonical table id.
    var table: String
    /// Canonical row id.
    var row: String
    /// Canonical column id.
    var col: String
    /// Expected value.
    var value: Double?
    /// Whether the cell is blank.
    var blank: Bool?
}
