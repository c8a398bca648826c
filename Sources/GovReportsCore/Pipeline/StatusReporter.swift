import Foundation

/// Computes, without running anything, which stored outputs are up to date and why others are stale.
public struct StatusReporter {
    /// The runner whose config, sources and output are inspected.
    let runner: PipelineRunner

    /// Creates a reporter.
    public init(runner: PipelineRunner) {
        self.runner = runner
    }

    /// Status per stage for the documents of `inputs` (or the configured sources).
    public func status(inputs: [String] = []) throws -> [StageStatus] {
        let docs = try runner.documents(inputs: inputs)
        let state = try runner.openState()
        let chain = try runner.makeChain()
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
                    reason = Freshness.staleness(inputSHA: try? chain.inputIdentity(name, of: doc, upstream: upstream),
                                                 configSHA: configs[name] ?? "", previous: row,
                                                 artifactExists: runner.store.exists(name, docID: doc.docID))
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
        let exportRow = try state.state(docID: "*", stage: .export)
        // A stale extract output will change what export reads; a failed document (retried, and failing alike) will not.
        if staleExtracts > 0 && exportRow != nil {
            result[StageName.export.order].stale[StaleReason.upstreamStale.rawValue] = 1
        } else if let reason = Freshness.staleness(inputSHA: try runner.exportInput(docs, state: state).inputSHA,
                                                   configSHA: runner.configSHA(.export), previous: exportRow,
                                                   artifactExists: (try? runner.makeExporter().outputsExist()) ?? false) {
            result[StageName.export.order].stale[reason.rawValue] = 1
        } else {
            result[StageName.export.order].upToDate = 1
        }
        return result
    }
}
