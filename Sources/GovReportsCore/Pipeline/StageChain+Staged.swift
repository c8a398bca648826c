import Foundation

/// The chain run against the store: each selected stage runs unless its fingerprint says its stored output is
/// fresh; a stage that ran hands its output to the next in memory, one that was skipped leaves the next to read
/// its input back from the store.
extension StageChain {
    /// Thrown by `step` after it has recorded a failure, to stop the document's chain.
    private struct Stopped: Error {}

    /// Runs the selected stages on one document in order; stops at its first failure.
    func runStaged(_ doc: SourceDocument, context c: StagedContext) -> DocumentOutcome {
        var outcome = DocumentOutcome()
        let rows: [StageName: StageState]
        do { rows = try c.state.states(docID: doc.docID) } catch {
            outcome.fail(doc, FetchStage.name, .stateError, "state database: \(error)")
            return outcome
        }
        var upstream: StageState?
        let store = c.store
        do {
            let fetched = try step(fetch, doc, rows: rows, upstream: &upstream, handed: nil, context: c,
                                   outcome: &outcome, alwaysRuns: fetch.alwaysRuns(doc),
                                   load: { FetchRequest(document: doc, previous: Self.storedFetchRecord(doc, store: store)) },
                                   save: { out in
                                       // Raw bytes first, then the record that vouches for them.
                                       if let bytes = out.bytes {
                                           try bytes.withUnsafeBytes { try AtomicFile.write($0, to: store.rawURL(docID: doc.docID)) }
                                       }
                                       try store.write(out.record, stage: FetchStage.name, docID: doc.docID)
                                       // Downstream stages depend on the bytes, not on when they were read.
                                       return out.record.sha256
                                   })
            let raw = fetched.flatMap { f in
                f.bytes.flatMap { $0.count <= FetchStage.handOffLimit ? RawDocument(record: f.record, bytes: $0) : nil }
            }
            let cleaned = try step(clean, doc, rows: rows, upstream: &upstream, handed: raw, context: c,
                                   outcome: &outcome, load: { try Self.storedRaw(doc, store: store, clean: clean) },
                                   save: { out in
                                       let (sha, count) = try store.writeSized(out, stage: CleanStage.name, docID: doc.docID)
                                       c.keptCleaned?.keep(out, docID: doc.docID, identity: sha, bytes: count)
                                       return sha
                                   })
            let normalized = try step(normalize, doc, rows: rows, upstream: &upstream, handed: cleaned, context: c,
                                      outcome: &outcome,
                                      load: {
                                          // The second pass of a two-pass run takes the clean output it kept.
                                          try c.keptCleaned?.take(docID: doc.docID, identity: rows[CleanStage.name]?.outputSHA)
                                              ?? store.read(CleanedDocument.self, stage: CleanStage.name, docID: doc.docID)
                                      },
                                      save: { try store.write($0, stage: NormalizeStage.name, docID: doc.docID) })
            _ = try step(extract, doc, rows: rows, upstream: &upstream, handed: normalized, context: c,
                         outcome: &outcome,
                         load: { try store.read(NormalizedDocument.self, stage: NormalizeStage.name, docID: doc.docID) },
                         save: { out in
                             let (sha, count) = try store.writeSized(out, stage: ExtractStage.name, docID: doc.docID)
                             c.keptExtracted?.keep(out, docID: doc.docID, identity: sha, bytes: count)
                             return sha
                         })
        } catch {
            // `step` recorded the failure.
        }
        return outcome
    }

    /// One stage on one document: skipped when not selected or fresh (returns nil, so the next stage reads the
    /// store); else runs on `handed` (the previous stage's output from this process) or on what `load` reads,
    /// stores the output with `save` (which returns the output's identity) and queues its state row.
    private func step<S: DocumentStage>(
        _ stage: S, _ doc: SourceDocument, rows: [StageName: StageState], upstream: inout StageState?,
        handed: S.Input?, context c: StagedContext, outcome: inout DocumentOutcome, alwaysRuns: Bool = false,
        load: () throws -> S.Input, save: (S.Output) throws -> String
    ) throws -> S.Output? {
        let name = S.name
        let previous = rows[name]
        guard c.options.selection.includes(name), c.pass?.contains(name) ?? true else {
            upstream = previous
            return nil
        }
        let t0 = Date()
        defer { outcome.counts[name, default: StageCounts()].seconds += Date().timeIntervalSince(t0) }
        do {
            let fingerprint = Fingerprint(inputSHA: try inputIdentity(name, of: doc, upstream: upstream),
                                          configSHA: c.configs[name] ?? "")
            let forced = c.options.force || c.options.selection.forces(name)
            if Freshness.staleness(inputSHA: fingerprint.inputSHA, configSHA: fingerprint.configSHA, previous: previous,
                                   artifactExists: c.store.exists(name, docID: doc.docID), forced: forced,
                                   alwaysRuns: alwaysRuns) == nil {
                upstream = previous
                outcome.counts[name, default: StageCounts()].skipped += 1
                return nil
            }
            let output = try stage.run(try handed ?? load())
            let row = StageState(docID: doc.docID, stage: name, source: doc.source, inputSHA: fingerprint.inputSHA,
                                 configSHA: fingerprint.configSHA, version: fingerprint.version,
                                 outputSHA: try save(output), outcome: .ok, error: nil, updatedAt: Timestamp.now())
            // The artifact is in place before the state says so (the row is committed later, in a batch):
            // a crash in between only causes a redo.
            try c.state.enqueue(row)
            upstream = row
            outcome.counts[name, default: StageCounts()].done += 1
            return output
        } catch {
            if case FetchError.interrupted? = error as? FetchError {
                // Cut short by SIGINT/SIGTERM: not a failure; the previous copy (if any) is untouched and the next
                // run fetches it.
                throw Stopped()
            }
            if let faults = c.faults, let fault = RunFault.classify(error) {
                // Not this document's problem: stop the run once, without a failure row or a log line per document.
                faults.record(fault)
                throw Stopped()
            }
            let reason = ErrorText.describe(error)
            c.logger.error("\(reason)", metadata: ["doc": "\(doc.docID)", "stage": "\(name.rawValue)"])
            let code = DiagnosticCode.failure(of: error)
            outcome.fail(doc, name, code, reason)
            try? c.state.enqueue(StageState(docID: doc.docID, stage: name, source: doc.source,
                                            inputSHA: previous?.inputSHA ?? "", configSHA: previous?.configSHA ?? "",
                                            version: previous?.version ?? "", outputSHA: previous?.outputSHA,
                                            outcome: .failed, error: reason, errorCode: code, updatedAt: Timestamp.now()))
            throw Stopped()
        }
    }

    /// For a URL: the stored fetch record, when the raw bytes it vouches for are still on disk and match it (only
    /// then are its validators sent).
    static func storedFetchRecord(_ doc: SourceDocument, store: ArtifactStore) -> FetchRecord? {
        guard doc.url != nil, let record = try? store.read(FetchRecord.self, stage: FetchStage.name, docID: doc.docID),
              let data = try? Data(contentsOf: store.rawURL(docID: doc.docID)), Digest.sha256(data) == record.sha256
        else { return nil }
        return record
    }

    /// Clean's input from the store: the fetch record, the size check, then the raw bytes (so an oversized file
    /// costs no memory at all).
    static func storedRaw(_ doc: SourceDocument, store: ArtifactStore, clean: CleanStage) throws -> RawDocument {
        do {
            let record = try store.read(FetchRecord.self, stage: FetchStage.name, docID: doc.docID)
            let path = store.rawURL(docID: doc.docID).path
            try clean.admit(byteCount: try PlainFile.size(path), record: record)
            return RawDocument(record: record, bytes: try PlainFile.read(path))
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError.missingInput(docID: doc.docID, source: doc.source, stage: CleanStage.name)
        }
    }
}
