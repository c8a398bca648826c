/// The disclosure panel's extractor: the template tables from the document's grids, and for tables no grid holds,
/// from its plain text; the template version; the arithmetic and text-versus-table checks.
public struct DisclosureExtractor: Sendable {
    /// The template as data.
    let rules: DisclosureRules
    /// Grid recognizer.
    let recognizer: DisclosureRecognizer
    /// Plain-text table reader.
    let reader: DisclosureTextReader
    /// Whether a plain text can hold a table the reader would read.
    let gate: DisclosureTextGate
    /// Arithmetic checks.
    let checks: DisclosureChecks
    /// Text-versus-table check.
    let restated: DisclosureRestatementCheck
    /// First report year of the 2021 template (国办公开办函〔2021〕30号 applies from the 2021 reports on).
    static let firstYearOf2021Template = 2021

    /// Loads the bundled rules.
    public init() throws {
        try self.init(rules: DisclosureRules.bundled())
    }

    /// Compiles `rules`.
    init(rules: DisclosureRules) {
        self.rules = rules
        recognizer = DisclosureRecognizer(rules: rules)
        reader = DisclosureTextReader(rules: rules)
        gate = DisclosureTextGate(rules: rules)
        checks = DisclosureChecks(identities: rules.identities)
        restated = DisclosureRestatementCheck(restatements: rules.restatements,
                                              panel: Dictionary(rules.panel.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The panel's column definitions (for the dataset schema).
    static let bundledPanel: [DisclosurePanelColumn] = (try? DisclosureRules.bundled().panel) ?? []

    /// Cells and diagnostics of one document.
    func extract(tables: [TableGrid], text: String, reportYear: Int?, quantities: [QuantityRecord],
                 scalars: [Unicode.Scalar]) -> (cells: [DisclosureCell], diagnostics: [Diagnostic]) {
        var found = recognizer.recognize(tables)
        let have = found.tables
        let missing = rules.tables.indices.filter { !have.contains(rules.tables[$0].id) }
        // A groups table (四) split by its publisher into one grid per group may have lost a group's label with the
        // grid's caption row (a lone 行政复议 above its results): the text, which keeps the caption, gives that
        // group's cells, and only cells the grids lack are taken from it.
        // The same holds for any table a text report's grids give only in part (二 written as one small table per
        // 第二十条 item, some of them too short to be a grid).
        let partial = rules.tables.indices.filter { i in
            let spec = rules.tables[i]
            return have.contains(spec.id) && spec.rows.contains { !found.seen.contains("\(spec.id)/\($0.id)") }
        }
        var unread: [Diagnostic] = []
        if !missing.isEmpty || !partial.isEmpty {
            // The reader tokenizes every line; the gate's one byte pass says whether it could find anything.
            let survey = gate.survey(text)
            if (missing + partial).contains(where: { gate.readable($0, survey) }) {
                let fromText = recognizer.recognize(reader.grids(text, firstIndex: (tables.map(\.index).max() ?? 0) + 1))
                found.merge(fromText) { !have.contains($0) }
                let partialIDs = Set(partial.map { rules.tables[$0].id })
                found.fill(from: fromText) { partialIDs.contains($0) }
            }
            let read = found.tables
            unread = gate.unread(missing.filter { !read.contains(rules.tables[$0].id) }, survey)
        }
        guard !found.cells.isEmpty else { return ([], unread) }
        var diagnostics = found.diagnostics + unread
        let template = version(found.seen, reportYear: reportYear, diagnostics: &diagnostics)
        var cells = found.cells
        for i in cells.indices { cells[i].template = template }
        diagnostics += checks.check(cells)
        diagnostics += restated.check(cells: cells, quantities: quantities, scalars: scalars)
        return (cells, diagnostics)
    }

    /// The template version the structure shows; the report year when it shows none (said in a diagnostic).
    private func version(_ seen: Set<String>, reportYear: Int?, diagnostics: inout [Diagnostic]) -> String {
        let scores = rules.evidence.mapValues { ids in ids.filter(seen.contains).count }
        let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        if let top = ranked.first, top.value > 0, ranked.dropFirst().allSatisfy({ $0.value < top.value }) { return top.key }
        if let year = reportYear {
            let v = year >= Self.firstYearOf2021Template ? "2021" : "2019"
            diagnostics.append(Diagnostic(.disclosureTemplateInferred, stage: .extract, severity: .info,
                "the tables do not show which template version they follow; \(v) assumed from the report year \(year)"))
            return v
        }
        return "unknown"
    }
}
