/// Reading a `NormalizedDocument` (the normalize record) without `Codable`, with the primitives of the extract
/// record's reader: the report reads one per document, and `JSONDecoder` was a tenth of its time.
extension ExtractRecordReader {
    /// Decodes a whole normalize record; throws `ExtractRecordReadError` naming the byte offset of the first problem.
    /// With `knownText`, a record text equal to it is compared in place and shares its storage instead of being
    /// decoded again (the report holds the extract record's text, which is normally the same).
    static func decodeNormalized(_ data: [UInt8], knownText: String? = nil) throws(ExtractRecordReadError) -> NormalizedDocument {
        try data.withUnsafeBufferPointer { (buffer) throws(ExtractRecordReadError) -> NormalizedDocument in
            var reader = ExtractRecordReader(bytes: buffer)
            let document = try reader.normalized(knownText: knownText)
            reader.skipSpace()
            guard reader.at == buffer.count else { throw reader.fail("trailing bytes after the record") }
            return document
        }
    }

    /// The normalize record's object.
    mutating func normalized(knownText: String? = nil) throws(ExtractRecordReadError) -> NormalizedDocument {
        var n = NormalizedDocument(docID: "", source: "", sha256: "", encoding: "", page: PageMetadata(), title: nil,
                                   text: "", removed: [], diagnostics: [])
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "diagnostics": n.diagnostics = try r.array { (r) throws(ExtractRecordReadError) in try r.diagnostic() }
            case "docID": n.docID = try r.string(); seen |= 1
            case "encoding": n.encoding = try r.string()
            case "outside": n.outside = try r.outsideBody()
            case "page": n.page = try r.pageMetadata()
            case "removed": n.removed = try r.array { (r) throws(ExtractRecordReadError) in try r.removedLine() }
            case "sha256": n.sha256 = try r.string()
            case "source": n.source = try r.string()
            case "tables": n.tables = try r.array { (r) throws(ExtractRecordReadError) in try r.tableGrid() }
            case "text":
                if let knownText, try r.stringEquals(knownText) { n.text = knownText } else { n.text = try r.string() }
                seen |= 2
            case "title": n.title = try r.optionalString()
            default: try r.skipValue()
            }
        }
        guard seen == 3 else { throw fail("normalize record lacks docID or text") }
        return n
    }

    /// Page metadata (absent fields stay nil).
    mutating func pageMetadata() throws(ExtractRecordReadError) -> PageMetadata {
        var p = PageMetadata()
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "articleTitle": p.articleTitle = try r.optionalString()
            case "docNumber": p.docNumber = try r.optionalString()
            case "htmlTitle": p.htmlTitle = try r.optionalString()
            case "indexNo": p.indexNo = try r.optionalString()
            case "issuer": p.issuer = try r.optionalString()
            case "published": p.published = try r.optionalString()
            case "siteName": p.siteName = try r.optionalString()
            case "sourceLabel": p.sourceLabel = try r.optionalString()
            case "subjectTerms": p.subjectTerms = try r.optionalString()
            case "written": p.written = try r.optionalString()
            default: try r.skipValue()
            }
        }
        return p
    }

    /// A removed line.
    mutating func removedLine() throws(ExtractRecordReadError) -> RemovedLine {
        var line = RemovedLine(line: "", rule: "")
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "beforeLine": line.beforeLine = try r.isNull() ? nil : r.int()
            case "line": line.line = try r.string(); seen |= 1
            case "rule": line.rule = try r.string(); seen |= 2
            default: try r.skipValue()
            }
        }
        guard seen == 3 else { throw fail("removed line lacks line or rule") }
        return line
    }

    /// A table grid (rows padded as `TableGrid.init` pads them).
    mutating func tableGrid() throws(ExtractRecordReadError) -> TableGrid {
        var index = 0
        var headerRows = 0
        var headerColumns = 0
        var unit: String?
        var rows: [[TableGridCell]] = []
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "headerColumns": headerColumns = try r.int()
            case "headerRows": headerRows = try r.int()
            case "index": index = try r.int()
            case "unit": unit = try r.optionalString()
            case "rows":
                rows = try r.array { (r) throws(ExtractRecordReadError) in
                    try r.array { (r) throws(ExtractRecordReadError) in try r.tableGridCell() }
                }
            default: try r.skipValue()
            }
        }
        return TableGrid(index: index, rows: rows, headerRows: headerRows, headerColumns: headerColumns, unit: unit)
    }

    /// One cell of a grid.
    mutating func tableGridCell() throws(ExtractRecordReadError) -> TableGridCell {
        var cell = TableGridCell(text: "")
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "isHeader": cell.isHeader = try r.bool()
            case "isSpanned": cell.isSpanned = try r.bool()
            case "text": cell.text = try r.string()
            default: try r.skipValue()
            }
        }
        return cell
    }
}
