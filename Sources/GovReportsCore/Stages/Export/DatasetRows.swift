/// Turns one extracted document into rows of every table, in schema column order.
struct DatasetRows {
    /// The codebook, for the wide indicators row.
    let codebook: Codebook

    /// The `documents` row.
    func document(_ d: ExtractedDocument) -> [Cell] {
        let m = d.metadata
        return [.text(d.docID), .text(d.source), .text(d.sha256), .text(d.encoding), .text(m.title), .text(m.agency),
                .text(m.province), .text(m.city), .text(m.county), .text(m.divisionCode), .text(m.adminLevel?.rawValue),
                .int(m.reportYear), .text(m.published), .text(m.signed), .int(d.chars), .int(d.sections.count),
                .bool(d.hasPart(.measures)), .bool(d.hasPart(.leaderDuty)), .bool(d.hasPart(.problems)),
                .bool(d.hasPart(.plan)), .int(d.quantities.count), .int(d.citations.count),
                d.diagnostics.isEmpty ? .null : .text(d.diagnostics.map(\.message).joined(separator: " | "))]
    }

    /// The `diagnostics` rows.
    func diagnostics(_ d: ExtractedDocument) -> [[Cell]] {
        d.diagnostics.enumerated().map { i, x in
            [.text(d.docID), .int(i + 1), .text(x.stage.rawValue), .text(x.severity.rawValue), .text(x.code.rawValue),
             .text(x.message)]
        }
    }

    /// The `quantities` rows.
    func quantities(_ d: ExtractedDocument) -> [[Cell]] {
        d.quantities.map { q in
            [.text(d.docID), .int(q.mention), .text(q.text), .number(q.value), .number(q.valueMax), .text(q.unit),
             .text(q.kind.rawValue), .text(q.approx), q.section.isEmpty ? .null : .text(q.section), .text(q.sectionTitle),
             .text(q.sentence), .int(q.charStart), .int(q.charEnd), .text(q.subject), .text(q.indicator),
             .text(q.change?.rawValue), .bool(q.target)]
        }
    }

    /// The `sections` rows.
    func sections(_ d: ExtractedDocument) -> [[Cell]] {
        d.sections.map { s in
            [.text(d.docID), .text(s.path), .int(s.level), .text(s.marker), .text(s.title), .text(s.parent),
             .text(s.part.rawValue), .int(s.charStart), .int(s.charEnd)]
        }
    }

    /// The `citations` rows.
    func citations(_ d: ExtractedDocument) -> [[Cell]] {
        d.citations.map { c in
            [.text(d.docID), .int(c.citation), .text(c.kind.rawValue), .text(c.text), .text(c.titleKind), .text(c.issuer),
             .int(c.year), .int(c.serial), .text(c.normalized), .int(c.charStart), .int(c.charEnd)]
        }
    }

    /// The `indicator_mentions` rows.
    func indicatorMentions(_ d: ExtractedDocument) -> [[Cell]] {
        d.indicators.map { [.text(d.docID), .text($0.indicator), .number($0.value), .text($0.unit), .int($0.mention)] }
    }

    /// The wide `indicators` row: instances aggregated per the codebook (first, sum or max).
    func indicators(_ d: ExtractedDocument) -> [Cell] {
        let m = d.metadata
        var row: [Cell] = [.text(d.docID), .text(m.agency), .text(m.divisionCode), .text(m.province), .text(m.city),
                           .text(m.county), .int(m.reportYear)]
        for indicator in codebook.indicators {
            let values = d.indicators.filter { $0.indicator == indicator.id }.map(\.value)
            if values.isEmpty { row.append(.null); continue }
            switch indicator.aggregate {
            case "sum": row.append(.number(values.reduce(0, +)))
            case "max": row.append(.number(values.max()!))
            default: row.append(.number(values[0]))
            }
        }
        return row
    }
}
