import Foundation

/// Computes, without running anything, which stored outputs are up to date and why others are stale.
public struct StatusReporter {
    /// The runner whose config, sources and output are inspected.
    let runner: PipelineRunner

    /// Creates a reporter.
    public init(runner: PipelineRunner) {
        self.runner = runner
    }

    /// Status per stage for the documents of `inputs` (or the configured sources), limited to `shard`, else to
    /// the shard the folder's export was made from (`run --shard`). A folder written by `export --from-stream` has
    /// only its export judged, against the parts it was made from.
    public func status(inputs: [String] = [], shard: Shard? = nil) throws -> [StageStatus] {
        let state = try runner.openState()
        let exportRow = try state.state(docID: "*", stage: .export)
        let origin = exportRow.map { ExportOrigin(stored: $0.source) } ?? .run(shard: nil)
        if shard == nil, case .stream(let parts) = origin, let exportRow {
            return StageName.perDocument.map { StageStatus(stage: $0) }
                + [StreamExportRecord.status(parts: parts, row: exportRow, runner: runner)]
        }
        let slice = shard ?? origin.shard
        let docs = try runner.documents(inputs: inputs).filter { slice?.contains(docID: $0.docID) ?? true }
        // Normalize's input identity includes the part of the site template that applies to each document, from
        // the templates of the current clean outputs (learned in memory here when they changed; nothing is written).
        let chain = try runner.makeChain(templates: runner.config.clean.template.group == .none ? .empty
            : try runner.templateBook(docs, state: state, write: false))
        let configs = Dictionary(uniqueKeysWithValues: StageName.perDocument.map { ($0, runner.configSHA($0)) })
        var result = StageName.allCases.map { StageStatus(stage: $0) }
        // Documents whose extract output the next run will redo (not counting those stuck behind a failure).
        var staleExtracts = 0
        for doc in docs {
            var upstream: StageState?
            var upstreamStale = false
            var upstreamFailed = false
            for name in StageChain.stages {
                let row = try state.state(docID: doc.docID, stage: name)
                let reason: StaleReason?
                if row?.outcome == .failed {
                    result[name.order].failed.append(Failure(docID: doc.docID, source: doc.source, stage: name,
                                                             code: row?.errorCode ?? .stageFailed,
                                                             reason: row?.error ?? "unknown"))
                    upstreamStale = true
                    upstreamFailed = true
                    upstream = row
                    continue
                } else if upstreamStale {
                    reason = row == nil ? .neverRun : .upstreamStale
                } else {
                    // The same decision `run` takes (less --force and the URL re-check, which `run` adds).
                    let input = try? chain.inputIdentity(name, of: doc, upstream: upstream)
                    reason = Freshness.staleness(inputSHA: input, configSHA: configs[name] ?? "", previous: row,
                                                 artifactExists: runner.store.exists(name, docID: doc.docID)).map {
                        // Say so when only the site template's part of normalize's input changed.
                        guard $0 == .inputChanged, name == .normalize, let row, let input else { return $0 }
                        return TemplateIdentity.reason(stored: row.inputSHA, current: input)
                    }
                }
                if let reason {
                    result[name.order].stale[reason.rawValue, default: 0] += 1
                    upstreamStale = true
                    if name == .extract && !upstreamFailed { staleExtracts += 1 }
                } else {
                    result[name.order].upToDate += 1
                }
                upstream = row
            }
        }
        result[StageName.export.order].origin = exportRow == nil ? nil : origin.summary
        // A stale extract output will change what export reads; a failed document (retried, and failing alike) will not.
        if staleExtracts > 0 && exportRow != nil {
            result[StageName.export.order].stale[StaleReason.upstreamStale.rawValue] = 1
        } else if let reason = Freshness.staleness(inputSHA: try runner.exportInput(docs, state: state).inputSHA,
                                                   configSHA: runner.configSHA(.export), previous: exportRow,
                                                   artifactExists: (try? runner.makeExporter().outputsExist()) ?? false,
                                                   origin: .run(shard: slice)) {
            result[StageName.export.order].stale[reason.rawValue] = 1
        } else {
            result[StageName.export.order].upToDate = 1
        }
        return result
    }
}
