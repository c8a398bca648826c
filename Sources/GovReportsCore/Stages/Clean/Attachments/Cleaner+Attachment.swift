/// Clean's path for attachments: the format's reader gives lines and grids, then the line rules, the disclosure
/// header table and the metadata patterns of a text input apply to them.
extension Cleaner {
    /// Cleans a PDF, DOCX or DOC (or refuses a WPS/OFD) within `deadline`.
    func cleanAttachment(_ bytes: [UInt8], format: AttachmentFormat, record: FetchRecord,
                         deadline: DocumentDeadline) throws(CleanError) -> CleanedDocument {
        let docID = record.docID
        let source = record.source
        let content = try AttachmentReader(seconds: deadline.seconds)
            .read(bytes, format: format, docID: docID, source: source)
        if deadline.isPast() { throw .timedOut(docID: docID, source: source, seconds: deadline.seconds) }
        let lines = content.lines.map { TextScan.trimmed(Substring($0)) }.filter { !$0.isEmpty }
        var removed = content.removed
        var metaLines: [String] = []
        var header: [String: String] = [:]
        var keptMask: [Bool] = []
        let kept = filter(lines, removed: &removed, metaLines: &metaLines, header: &header, kept: &keptMask)
        var page = metadata.extract(metaTags: [:], htmlTitle: nil, titleCandidates: content.title.map { [$0] } ?? [],
                                    lines: Array(lines.prefix(Cleaner.textMetaLines)),
                                    bareDateLines: TextHead.dateLines(lines, limit: Cleaner.textBareDateLines))
        metadata.apply(header: header, to: &page)
        guard kept.contains(where: TextScan.hasWordContent) else { throw .noContent(docID: docID, source: source) }
        return CleanedDocument(docID: docID, source: source, sha256: record.sha256, encoding: content.reader,
                               isHTML: false, page: page, text: kept.joined(separator: "\n"), removed: removed,
                               diagnostics: content.diagnostics, tables: content.tables)
    }
}
