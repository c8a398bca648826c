/// `govreports stream`'s engine: each input document through clean → normalize → extract in memory, on the same
/// compiled `StageChain` as `run` (no store, no state), one output line per document in input order. A document a
/// stage fails on, or an input item that is no document, is a line with its diagnostics, never a thrown error.
public struct DocumentStreamer: Sendable {
    /// The compiled per-document stages.
    public let chain: StageChain
    /// Only documents of this shard are processed (nil: all).
    public let shard: Shard?
    /// Site templates a run learned, applied in normalize (nil: none, as for a group too small to learn).
    public let templates: StreamTemplates?
    /// Said on every good line when the config learns site templates but no template book was given.
    let notices: [Diagnostic]

    /// A streamer over `chain`, limited to `shard` when given, removing the lines of `templates`. `learning` is the
    /// config's `clean.template.group`: when it learns templates and `templates` is nil, every document's line says
    /// so (`template-book-missing`), since its text can keep lines a `run` removes.
    public init(chain: StageChain, shard: Shard? = nil, templates: StreamTemplates? = nil, learning: TemplateGrouping = .none) {
        self.chain = chain
        self.shard = shard
        self.templates = templates
        self.notices = templates == nil && learning != .none ? [StreamTemplateNotice.missing(learning)] : []
    }

    /// Streams every item of `reader` to `write`, one line each; throws only when input or output fails.
    public func run(_ reader: inout some StreamDocumentReader,
                    write: ([UInt8]) throws(StreamError) -> Void) throws(StreamError) -> StreamTally {
        var tally = StreamTally()
        while let item = try reader.next() {
            switch item {
            case .document(let input):
                guard shard?.contains(docID: input.docID) ?? true else {
                    tally.otherShards += 1
                    continue
                }
                let (line, ok) = process(input)
                if ok { tally.extracted += 1 } else { tally.failed += 1 }
                try write(line)
            case .rejected(let r):
                // A rejection without a source has no doc_id to shard by: the first shard reports it, so a job
                // array reports it exactly once.
                let mine = r.docID.map { shard?.contains(docID: $0) ?? true } ?? ((shard?.index ?? 0) == 0)
                guard mine else {
                    tally.otherShards += 1
                    continue
                }
                tally.rejected += 1
                try write(StreamOutputLine.failure(
                    docID: r.docID, id: r.id, source: r.source,
                    diagnostics: [r.diagnostic ?? Diagnostic(.inputInvalid, stage: .fetch, severity: .error, "\(r.position): \(r.reason)")]))
            }
        }
        return tally
    }

    /// One document's output line, and whether it was extracted.
    public func process(_ input: StreamInput) -> (line: [UInt8], ok: Bool) {
        let docID = input.docID
        let record = FetchRecord(docID: docID, source: input.source, rawFile: "", fetchedAt: input.fetched ?? "",
                                 sha256: Digest.sha256(input.bytes), byteCount: input.bytes.count,
                                 finalURL: input.url, charsetHint: input.charsetHint)
        do {
            // The chain's own in-memory path (the one eval and bench time), so whatever speeds it up speeds this.
            let raw = RawDocument(record: record, bytes: input.bytes, utf8Multibyte: input.utf8Multibyte)
            let extracted: ExtractedDocument
            if let templates {
                let cleaned = try chain.clean.run(raw)
                extracted = try chain.extract.run(chain.normalize.normalize(cleaned, template: templates.template(for: input)))
            } else {
                extracted = try chain.run(raw).extracted
            }
            return (StreamOutputLine.extracted(extracted, id: input.id, notices: notices), true)
        } catch {
            // The same code and message `run` records for this failure; every stage failure names its stage.
            let stage: StageName
            if case DocumentError.failed(_, _, let failed, _, _)? = error as? DocumentError { stage = failed } else { stage = .extract }
            let failure = Diagnostic(DiagnosticCode.failure(of: error), stage: stage, severity: .error,
                                     ErrorText.describe(error))
            return (StreamOutputLine.failure(docID: docID, id: input.id, source: input.source, diagnostics: [failure]), false)
        }
    }
}
