import Foundation
import Logging

/// Runs the stages over the resolved documents, skipping work whose fingerprint is unchanged.
public final class PipelineRunner: @unchecked Sendable {
    /// Effective configuration.
    public let config: PipelineConfig
    /// Folder relative paths in the config resolve against.
    public let baseDirectory: URL
    /// Output folder.
    public let output: URL
    /// Logger for progress and diagnostics.
    let logger: Logger
    /// Stored artifacts.
    public let store: ArtifactStore
    /// Set by a signal handler: finish the document in hand, then stop.
    public let stopRequested = StopFlag()
    /// The run's HTTP fetcher; its client starts only if a URL is fetched, and `run` shuts it down.
    public let fetcher: HTTPFetcher
    /// The first run-level storage fault a worker met (disk full, read-only …); it stops the run.
    let faults = RunFaultLatch()
    /// Bad and skipped records of the WARC sources, from the last resolution of the documents.
    public let warcLog = WARCScanLog()

    /// Creates a runner.
    public init(config: PipelineConfig, baseDirectory: URL, output: URL, logger: Logger) {
        self.config = config
        self.baseDirectory = baseDirectory
        self.output = output
        self.logger = logger
        self.store = ArtifactStore(root: output)
        self.fetcher = HTTPFetcher(config: config.fetch, logger: logger, stop: stopRequested, baseDirectory: baseDirectory,
                                   archive: config.fetch.warc
                                       ? WARCArchive(folder: output.appendingPathComponent(WARCArchive.folderName)) : nil)
    }

    /// The documents of this run: the `--input` list when given, else the configured sources.
    public func documents(inputs: [String]) throws -> [SourceDocument] {
        warcLog.reset()
        let resolver = SourceResolver(baseDirectory: inputs.isEmpty ? baseDirectory : URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                                      warcLog: warcLog)
        if inputs.isEmpty {
            // Listing sources contribute the links saved by their last refresh (offline; `run` refreshes them first).
            var seen = Set<String>()
            let pages = try resolver.resolve(config.sources) + ListingExpander(fetcher: fetcher, store: store, logger: logger)
                .documents(config.sources)
            // Attachments saved from the pages' last fetch follow their pages (issue 22).
            return (pages + AttachmentExpander(store: store, logger: logger).documents(pages))
                .filter { seen.insert($0.docID).inserted }
        }
        let specs = inputs.map { input in
            if input.hasPrefix("http://") || input.hasPrefix("https://") { return SourceSpec(url: input) }
            return input.hasSuffix(".warc") || input.hasSuffix(".warc.gz") ? SourceSpec(warc: input) : SourceSpec(path: input)
        }
        return try resolver.resolve(specs, keyPrefix: "--input")
    }

    /// Runs the pipeline; per-document failures are in the report, run-level faults throw.
    public func run(_ options: RunOptions) throws -> RunReport {
        let started = Timestamp.now()
        defer { fetcher.shutdown() }
        let resolved = try documents(inputs: options.inputs)
        try checkTrust(resolved, options: options)
        do { try PlainFile.makeDirectories(output.path) } catch {
            throw RunFault.classify(error) ?? PipelineError.outputUnwritable(path: output.path, reason: error.reason)
        }
        let runLock = try RunLock(output: output)
        defer { withExtendedLifetime(runLock) {} }
        let leftovers = LeftoverSweeper.sweep(output)
        if !leftovers.isEmpty {
            logger.notice("removed \(leftovers.count) leftover(s) of an interrupted run in \(output.path)")
        }
        // Listing pages are read once per run, under the lock; their links then join the documents.
        let refreshListings = options.inputs.isEmpty && options.selection.includes(.fetch)
            && config.sources.contains { $0.listing != nil }
        let listingFailures = refreshListings
            ? ListingExpander(fetcher: fetcher, store: store, logger: logger).refresh(config.sources) : []
        let all = refreshListings ? try documents(inputs: options.inputs) : resolved
        var docs = options.shard.map { shard in all.filter { shard.contains(docID: $0.docID) } } ?? all
        let state = try openState()
        let chain = try makeChain()
        var report = RunReport(started: started, finished: started, documents: docs.count,
                               stages: Dictionary(uniqueKeysWithValues: StageName.allCases.map { ($0.rawValue, StageCounts()) }),
                               failures: [], interrupted: false)
        logger.info("run: \(docs.count) documents, jobs \(options.jobs)")

        // Config digests read the codebook file: once per run, not once per document and stage.
        let configs = Dictionary(uniqueKeysWithValues: StageName.perDocument.map { ($0, configSHA($0)) })
        // What this run extracts, export takes from memory instead of decoding it back from the store.
        let keptExtracted = options.selection.includes(.export) ? RecordKeeper<ExtractedDocument>() : nil
        if config.clean.template.group == .none || !(options.selection.includes(.clean) || options.selection.includes(.normalize)) {
            report.merge(try runPass(docs, chain: chain, state: state, options: options, configs: configs, stages: nil,
                                     keptExtracted: keptExtracted))
            let attachments = newAttachments(docs, options: options)
            if !attachments.isEmpty {
                report.merge(try runPass(attachments, chain: chain, state: state, options: options, configs: configs,
                                         stages: nil, keptExtracted: keptExtracted))
                docs += attachments
            }
        } else {
            // Site templates are learned from the cleaned texts of a whole group, so the run goes in two passes:
            // fetch and clean every document, learn the templates, then normalize and extract. The clean outputs
            // are kept in memory for the learner and the second pass.
            let keptCleaned = RecordKeeper<CleanedDocument>()
            let first = try runPass(docs, chain: chain, state: state, options: options, configs: configs,
                                    stages: [.fetch, .clean], keptCleaned: keptCleaned)
            report.merge(first)
            var failed = Set(first.failures.map(\.docID))
            // Attachments found on the pages just fetched join before the templates are learned.
            let attachments = newAttachments(docs, options: options)
            if !attachments.isEmpty {
                let more = try runPass(attachments, chain: chain, state: state, options: options, configs: configs,
                                       stages: [.fetch, .clean], keptCleaned: keptCleaned)
                report.merge(more)
                failed.formUnion(more.failures.map(\.docID))
                docs += attachments
            }
            let book = try templateBook(docs, state: state, write: true, kept: keptCleaned)
            if !book.learned.isEmpty { logger.info("site templates learned for \(book.learned.count) group(s)") }
            if !stopRequested.isSet {
                // Only normalize changes with the templates; the other stages' compiled rules are reused.
                let templated = StageChain(fetch: chain.fetch, clean: chain.clean,
                                           normalize: NormalizeStage(config: config.normalize, templates: book),
                                           extract: chain.extract)
                report.merge(try runPass(docs.filter { !failed.contains($0.docID) }, chain: templated, state: state,
                                         options: options, configs: configs, stages: [.normalize, .extract],
                                         keptCleaned: keptCleaned, keptExtracted: keptExtracted))
            }
        }
        report.documents = docs.count
        report.failures += listingFailures
        report.stages[StageName.fetch.rawValue]!.failed += listingFailures.count
        let warcFailures = warcRecordFailures()
        report.failures += warcFailures
        report.stages[StageName.fetch.rawValue]!.failed += warcFailures.count
        report.interrupted = stopRequested.isSet
        if options.selection.includes(.export) && !report.interrupted {
            let t0 = Date()
            let exported = try runExport(docs, state: state, options: options, kept: keptExtracted)
            if exported { report.stages[StageName.export.rawValue]!.done += 1 } else {
                report.stages[StageName.export.rawValue]!.skipped += 1
            }
            report.stages[StageName.export.rawValue]!.seconds += Date().timeIntervalSince(t0)
        }
        report.finished = Timestamp.now()
        try? AtomicFile.write(try JSONEncoder.pretty.encode(report), to: output.appendingPathComponent("run.json"))
        return report
    }

    /// The attachment documents linked from the fetched pages of `docs` that are not among them yet (in the
    /// run's shard); empty when fetch did not run.
    func newAttachments(_ docs: [SourceDocument], options: RunOptions) -> [SourceDocument] {
        guard options.selection.includes(.fetch), !stopRequested.isSet else { return [] }
        var seen = Set(docs.map(\.docID))
        return AttachmentExpander(store: store, logger: logger).refresh(docs).filter {
            seen.insert($0.docID).inserted && (options.shard?.contains(docID: $0.docID) ?? true)
        }
    }

    /// The per-document stage chain, compiled once per run; normalize removes the lines of `templates`.
    public func makeChain(templates: TemplateBook = .empty) throws -> StageChain {
        let chain = try StageChain(config: config, baseDirectory: baseDirectory, fetcher: fetcher)
        if templates.isEmpty { return chain }
        return StageChain(fetch: chain.fetch, clean: chain.clean,
                          normalize: NormalizeStage(config: config.normalize, templates: templates), extract: chain.extract)
    }

    /// The site templates of `docs` from their current clean outputs (stored when `write`; taken from `kept` when
    /// it holds them).
    func templateBook(_ docs: [SourceDocument], state: StateStore, write: Bool,
                      kept: RecordKeeper<CleanedDocument>? = nil) throws -> TemplateBook {
        let rows = try state.states(stage: .clean)
        var cleaned: [String: String] = [:]
        for (id, row) in rows where row.outcome == .ok { if let sha = row.outputSHA { cleaned[id] = sha } }
        let identities = cleaned
        return TemplateBook.build(docs, cleaned: cleaned, store: store, config: config.clean.template,
                                  foldFullWidth: config.normalize.foldFullWidth, write: write,
                                  cached: { kept?.record(docID: $0, identity: identities[$0]) })
    }

    /// Runs the chain over `docs` on the run's workers, limited to `stages` when given (one pass of a two-pass
    /// run), and commits the state; clean and extract outputs go to the keepers given.
    func runPass(_ docs: [SourceDocument], chain: StageChain, state: StateStore, options: RunOptions,
                 configs: [StageName: String], stages: Set<StageName>?, keptCleaned: RecordKeeper<CleanedDocument>? = nil,
                 keptExtracted: RecordKeeper<ExtractedDocument>? = nil) throws -> DocumentOutcome {
        let next = Counter()
        let collector = OutcomeCollector()
        let workers = min(options.jobs, max(1, docs.count))
        let context = StagedContext(store: store, state: state, options: options, configs: configs, logger: logger,
                                    pass: stages, faults: faults, keptCleaned: keptCleaned, keptExtracted: keptExtracted)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while !stopRequested.isSet && faults.first == nil {
                let i = next.increment()
                if i >= docs.count { break }
                let finished = collector.add(chain.runStaged(docs[i], context: context))
                options.progress?(finished, docs.count)
            }
        }
        let statePath = output.appendingPathComponent("state.sqlite").path
        if let fault = faults.first {
            // Rows of the documents that finished point at artifacts already in place; keeping them is safe, and
            // if the state database itself is the faulty file the first fault is still the one reported.
            try? state.flush()
            throw fault
        }
        do { try state.flush() } catch {
            throw RunFault.classify(error, path: statePath) ?? PipelineError.state(path: statePath, reason: ErrorText.describe(error))
        }
        return collector.combined
    }

    /// Opens `state.sqlite` in the output folder.
    public func openState() throws -> StateStore {
        let url = output.appendingPathComponent("state.sqlite")
        do { return try StateStore(url: url) } catch {
            throw RunFault.classify(error, path: url.path) ?? PipelineError.state(path: url.path, reason: ErrorText.describe(error))
        }
    }

    /// Config-section hash per stage.
    public func configSHA(_ stage: StageName) -> String {
        var section = config.sectionJSON(for: stage)
        // Extract and export depend on the codebook's contents, not only on its path in the config.
        if stage == .extract || stage == .export {
            section += "\ncodebook:" + Codebook.contentDigest(config.extract.codebook, baseDirectory: baseDirectory)
        }
        // The shipped rule files decide these stages' output as much as the config does (fetch reads none).
        if stage != .fetch { section += "\nrules:" + BundledRuleFile.digest }
        // Datasets written before rows were ordered by doc_id are redone once, so every output has that order.
        if stage == .export { section += "\nrows:doc_id" }
        return Digest.sha256(section)
    }

    /// Runs the selected per-document stages on one document against this runner's store (tests drive documents
    /// one at a time with it).
    func runDocument(_ doc: SourceDocument, chain: StageChain, state: StateStore, options: RunOptions) -> DocumentOutcome {
        let configs = Dictionary(uniqueKeysWithValues: StageName.perDocument.map { ($0, configSHA($0)) })
        return chain.runStaged(doc, context: StagedContext(store: store, state: state, options: options, configs: configs,
                                                           logger: logger))
    }

    /// The export stage over this runner's output, reading extract records from its store (or taking those `kept`
    /// holds under the identities given).
    func makeExporter(kept: RecordKeeper<ExtractedDocument>? = nil, identities: [String: String] = [:]) throws -> ExportStage {
        let codebook = try Codebook.load(config.extract.codebook, baseDirectory: baseDirectory)
        return ExportStage(config: config.export, output: output, logger: logger, codebook: codebook) { [store] doc in
            var record = try kept?.take(docID: doc.docID, identity: identities[doc.docID])
                ?? store.read(ExtractedDocument.self, stage: .extract, docID: doc.docID)
            record.parentDocID = doc.parentDocID
            return record
        }
    }

    /// Export's input: the documents with a good extract output in the store, and the identity of that set (each
    /// document's id with its extract output hash). `run` and `status` both judge export by it.
    func exportInput(_ docs: [SourceDocument], state: StateStore) throws -> (included: [SourceDocument], inputSHA: String) {
        let extracted = try state.outputSHAs(stage: .extract)
        let included = docs.filter { extracted[$0.docID] != nil && store.exists(.extract, docID: $0.docID) }
        return (included, Digest.sha256(included.map {
            "\($0.docID):\(extracted[$0.docID]!)" + ($0.parentDocID.map { ":parent:" + $0 } ?? "")
        }.joined(separator: "\n")))
    }

    /// Exports the datasets when the set of extract outputs or the export config changed; true when it ran. Records
    /// `kept` from this run's extract are taken from memory.
    func runExport(_ docs: [SourceDocument], state: StateStore, options: RunOptions,
                   kept: RecordKeeper<ExtractedDocument>? = nil) throws -> Bool {
        let (included, inputSHA) = try exportInput(docs, state: state)
        let fingerprint = Fingerprint(inputSHA: inputSHA, configSHA: configSHA(.export))
        let previous = try state.state(docID: "*", stage: .export)
        let origin = ExportOrigin.ofRun(shard: options.shard, selection: options.selection, previous: previous)
        let exporter = try makeExporter(kept: kept, identities: kept == nil ? [:] : try state.outputSHAs(stage: .extract))
        // A wanted report that is missing makes export run (its outputs include the report then).
        if Freshness.staleness(inputSHA: inputSHA, configSHA: fingerprint.configSHA, previous: previous,
                               artifactExists: exporter.outputsExist() && (!config.export.report || reportExists),
                               forced: options.force || options.selection.forces(.export),
                               origin: origin) == nil {
            return false
        }
        // The report is written in export's pass over the records, so they are read once.
        let report = config.export.report ? try beginReport(documents: docs, state: state, codebook: exporter.codebook) : nil
        // Rows go out in doc_id order, which does not depend on how sources were listed, so `export --from-stream`
        // over `stream` parts writes the same bytes.
        let ordered = included.sorted { $0.docID < $1.docID }
        do { try exporter.export(ordered, workers: options.jobs, each: report.map { r in { try r.writer.add($0, record: $1) } }) } catch {
            throw RunFault.classify(error, path: output.path) ?? PipelineError.export(path: output.path, reason: ErrorText.describe(error))
        }
        if let report {
            do { _ = try finishReport(report, documents: docs, included: included) } catch {
                let path = output.appendingPathComponent(ReportGenerator.folderName).path
                throw RunFault.classify(error, path: path) ?? PipelineError.export(path: path, reason: ErrorText.describe(error))
            }
        }
        do {
            try state.save(StageState(docID: "*", stage: .export, source: origin.stored, inputSHA: fingerprint.inputSHA,
                                  configSHA: fingerprint.configSHA, version: fingerprint.version, outputSHA: inputSHA,
                                  outcome: .ok, error: nil, updatedAt: Timestamp.now()))
        } catch {
            let path = output.appendingPathComponent("state.sqlite").path
            throw RunFault.classify(error, path: path) ?? PipelineError.state(path: path, reason: ErrorText.describe(error))
        }
        return true
    }
}

/// Encoders used for human-read files.
extension JSONEncoder {
    /// Pretty, sorted, for human-read files such as `run.json`.
    static var pretty: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
