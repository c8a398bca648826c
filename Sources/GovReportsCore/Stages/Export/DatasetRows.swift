/// Turns one extracted document into rows of every table: each row table reads its cells through the column list
/// `DatasetSchemas` declares (the wide `indicators` row follows the codebook).
struct DatasetRows {
    /// The codebook, for the wide indicators row.
    let codebook: Codebook

    /// The `documents` row.
    func document(_ d: ExtractedDocument) -> [Cell] { DatasetSchemas.documentsColumns.row(d, d) }

    /// The `diagnostics` rows.
    func diagnostics(_ d: ExtractedDocument) -> [[Cell]] {
        d.diagnostics.enumerated().map { DatasetSchemas.diagnosticsColumns.row(d, IndexedDiagnostic(number: $0 + 1, diagnostic: $1)) }
    }

    /// The `quantities` rows.
    func quantities(_ d: ExtractedDocument) -> [[Cell]] { d.quantities.map { DatasetSchemas.quantitiesColumns.row(d, $0) } }

    /// The `sections` rows.
    func sections(_ d: ExtractedDocument) -> [[Cell]] { d.sections.map { DatasetSchemas.sectionsColumns.row(d, $0) } }

    /// The `citations` rows.
    func citations(_ d: ExtractedDocument) -> [[Cell]] { d.citations.map { DatasetSchemas.citationsColumns.row(d, $0) } }

    /// The `tables` rows.
    func tables(_ d: ExtractedDocument) -> [[Cell]] { d.tableCells.map { DatasetSchemas.tablesColumns.row(d, $0) } }

    /// The `indicator_mentions` rows.
    func indicatorMentions(_ d: ExtractedDocument) -> [[Cell]] {
        d.indicators.map { DatasetSchemas.indicatorMentionsColumns.row(d, $0) }
    }

    /// The `disclosure` rows.
    func disclosure(_ d: ExtractedDocument) -> [[Cell]] { d.disclosure.map { DatasetSchemas.disclosureColumns.row(d, $0) } }

    /// The wide `disclosure_panel` row, nil for a report without recognized template tables.
    func disclosurePanel(_ d: ExtractedDocument) -> [Cell]? {
        guard let first = d.disclosure.first else { return nil }
        return keys(d) + [.text(first.template)] + DisclosureExtractor.bundledPanel.map { .number(DisclosurePanel.value($0, in: d.disclosure)) }
    }

    /// The panel keys both wide tables start with.
    private func keys(_ d: ExtractedDocument) -> [Cell] {
        let m = d.metadata
        return [.text(d.docID), .text(m.agency), .text(m.divisionCode), .text(m.province), .text(m.city), .text(m.county),
                .int(m.reportYear)]
    }

    /// The wide `indicators` row: instances aggregated per the codebook (first, sum or max).
    func indicators(_ d: ExtractedDocument) -> [Cell] {
        var row = keys(d)
        for indicator in codebook.indicators {
            let values = d.indicators.filter { $0.indicator == indicator.id }.map(\.value)
            if values.isEmpty { row.append(.null); continue }
            switch indicator.combination {
            case .sum: row.append(.number(values.reduce(0, +)))
            case .max: row.append(.number(values.max()!))
            case .first: row.append(.number(values[0]))
            }
        }
        return row
    }
}
