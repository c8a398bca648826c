/// Writes the per-document stage records (cleaned, normalized, extracted) as the same compact, sorted-key JSON
/// `JSONEncoder` writes, without `Codable`'s per-field boxing (which took a third of the extract stage and a fifth of
/// normalize).
struct RecordJSONWriter {
    /// Bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Encodes a whole record.
    static func encode(_ d: ExtractedDocument) -> [UInt8] {
        var w = RecordJSONWriter()
        w.bytes.reserveCapacity(d.text.utf8.count * 3 + 4096)
        w.document(d)
        return w.bytes
    }

    /// Encodes a cleaned document.
    static func encode(_ c: CleanedDocument) -> [UInt8] {
        textRecord(docID: c.docID, encoding: c.encoding, isHTML: c.isHTML, page: c.page, removed: c.removed,
                   sha256: c.sha256, source: c.source, text: c.text, title: nil, diagnostics: c.diagnostics,
                   tables: c.tables, outside: c.outside)
    }

    /// Encodes a normalized document.
    static func encode(_ n: NormalizedDocument) -> [UInt8] {
        textRecord(docID: n.docID, encoding: n.encoding, isHTML: nil, page: n.page, removed: n.removed,
                   sha256: n.sha256, source: n.source, text: n.text, title: n.title, diagnostics: n.diagnostics,
                   tables: n.tables, outside: n.outside)
    }

    /// The shape cleaned and normalized records share; `isHTML` (cleaned only) and `title` are left out when nil.
    private static func textRecord(docID: String, encoding: String, isHTML: Bool?, page: PageMetadata, removed: [RemovedLine],
                                   sha256: String, source: String, text: String, title: String?,
                                   diagnostics: [Diagnostic], tables: [TableGrid], outside: OutsideBody) -> [UInt8] {
        var w = RecordJSONWriter()
        w.bytes.reserveCapacity(text.utf8.count + 4096)
        w.open()
        w.key("diagnostics", first: true); w.array(diagnostics) { $0.diagnostic($1) }
        w.key("docID"); w.string(docID)
        w.key("encoding"); w.string(encoding)
        if let isHTML { w.key("isHTML"); w.bool(isHTML) }
        w.key("outside"); w.outsideBody(outside)
        w.key("page"); w.page(page)
        w.key("removed"); w.array(removed) { $0.removedLine($1) }
        w.key("sha256"); w.string(sha256)
        w.key("source"); w.string(source)
        w.key("tables"); w.array(tables) { $0.tableGrid($1) }
        w.key("text"); w.string(text)
        w.key("title", title)
        w.close()
        return w.bytes
    }

    /// Page metadata (only present fields).
    private mutating func page(_ p: PageMetadata) {
        open()
        var first = true
        // Keys in JSONEncoder's sorted order, so both encoders write the same bytes.
        for (name, value) in [("articleTitle", p.articleTitle), ("docNumber", p.docNumber), ("htmlTitle", p.htmlTitle),
                              ("indexNo", p.indexNo), ("issuer", p.issuer), ("published", p.published),
                              ("siteName", p.siteName), ("sourceLabel", p.sourceLabel),
                              ("subjectTerms", p.subjectTerms), ("written", p.written)] {
            guard let value else { continue }
            key(name, first: first)
            string(value)
            first = false
        }
        close()
    }

    /// A table grid, keys in sorted order.
    private mutating func tableGrid(_ t: TableGrid) {
        open()
        key("headerColumns", first: true); int(t.headerColumns)
        key("headerRows"); int(t.headerRows)
        key("index"); int(t.index)
        key("rows")
        array(t.rows) { w, row in
            w.array(row) { w, cell in
                w.open()
                w.key("isHeader", first: true); w.bool(cell.isHeader)
                w.key("isSpanned"); w.bool(cell.isSpanned)
                w.key("text"); w.string(cell.text)
                w.close()
            }
        }
        // Written only when present, so the records of tables without a unit caption keep their bytes.
        if let unit = t.unit { key("unit"); string(unit) }
        close()
    }

    /// A removed chrome line.
    private mutating func removedLine(_ r: RemovedLine) {
        open()
        if let at = r.beforeLine { key("beforeLine", first: true); int(at) }
        key("line", first: r.beforeLine == nil); string(r.line)
        key("rule"); string(r.rule)
        close()
    }

    /// The top-level object; keys in byte order, as `.sortedKeys` orders them.
    private mutating func document(_ d: ExtractedDocument) {
        open()
        key("chars", first: true); int(d.chars)
        key("citations"); array(d.citations) { $0.citation($1) }
        key("diagnostics"); array(d.diagnostics) { $0.diagnostic($1) }
        key("disclosure"); array(d.disclosure) { $0.disclosureCell($1) }
        key("docID"); string(d.docID)
        key("encoding"); string(d.encoding)
        key("indicators"); array(d.indicators) { $0.indicator($1) }
        key("metadata"); metadata(d.metadata)
        key("quantities"); array(d.quantities) { $0.quantity($1) }
        key("sections"); array(d.sections) { $0.section($1) }
        key("sha256"); string(d.sha256)
        key("source"); string(d.source)
        key("tableCells"); array(d.tableCells) { $0.tableCell($1) }
        key("text"); string(d.text)
        close()
    }

    /// The metadata object (only present fields, as `encodeIfPresent` writes them).
    private mutating func metadata(_ m: DocumentMetadata) {
        open()
        var first = true
        func optional(_ name: String, _ value: String?, _ w: inout RecordJSONWriter) {
            guard let value else { return }
            w.key(name, first: first); w.string(value); first = false
        }
        optional("adminLevel", m.adminLevel?.rawValue, &self)
        optional("agency", m.agency, &self)
        optional("city", m.city, &self)
        optional("county", m.county, &self)
        optional("divisionCode", m.divisionCode, &self)
        optional("docNumber", m.docNumber, &self)
        optional("indexNo", m.indexNo, &self)
        optional("issuer", m.issuer, &self)
        optional("province", m.province, &self)
        optional("published", m.published, &self)
        if let y = m.reportYear { key("reportYear", first: first); int(y); first = false }
        optional("signed", m.signed, &self)
        optional("subjectTerms", m.subjectTerms, &self)
        optional("title", m.title, &self)
        optional("written", m.written, &self)
        close()
    }

    /// `{`.
    mutating func open() { bytes.append(0x7B) }

    /// `}`.
    mutating func close() { bytes.append(0x7D) }

    /// A key and its colon, preceded by a comma unless first.
    mutating func key(_ name: String, first: Bool = false) {
        if !first { bytes.append(0x2C) }
        bytes.append(0x22)
        bytes.append(contentsOf: name.utf8)
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    /// An optional string field: nothing when nil.
    mutating func key(_ name: String, first: Bool = false, _ value: String?) {
        guard let value else { return }
        key(name, first: first)
        string(value)
    }

    /// An array of elements.
    mutating func array<T>(_ items: [T], _ element: (inout RecordJSONWriter, T) -> Void) {
        bytes.append(0x5B)
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            element(&self, item)
        }
        bytes.append(0x5D)
    }

    /// An integer.
    mutating func int(_ v: Int) { DecimalText.append(v, to: &bytes) }

    /// `true` or `false`.
    mutating func bool(_ v: Bool) { bytes.append(contentsOf: (v ? "true" : "false").utf8) }

    /// A number: integral values without a fraction, as `JSONEncoder` writes them.
    mutating func double(_ v: Double) {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 {
            DecimalText.append(Int64(v), to: &bytes)
        } else {
            bytes.append(contentsOf: "\(v)".utf8)
        }
    }

    /// A string literal with JSON escapes (slashes left alone, as with `.withoutEscapingSlashes`).
    mutating func string(_ s: String) {
        JSONText.appendString(s, to: &bytes)
    }
}
