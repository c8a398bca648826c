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
        // Normalize's input identity includes the part of the site template that applies to each document, from
        // the templates of the current clean outputs (learned in memory here when they changed; nothing is written).
        let stages = try runner.makeStages(templates: runner.config.clean.template.group == .none ? .empty
            : try runner.templateBook(docs, state: state, write: false))
        var result = StageName.allCases.map { StageStatus(stage: $0) }
        var extractRows: [String: StageState] = [:]
        for doc in docs {
            var upstream: StageState?
            var upstreamStale = false
            for stage in stages {
                let name = type(of: stage).name
                let row = try state.state(docID: doc.docID, stage: name)
                let reason: StaleReason?
                if row?.outcome == .failed {
                    result[name.order].failed.append(Failure(docID: doc.docID, source: doc.source, stage: name,
                                                             reason: row?.error ?? "unknown"))
                    upstreamStale = true
                    upstream = row
                    continue
                } else if upstreamStale {
                    reason = row == nil ? .neverRun : .upstreamStale
                } else if let input = try? stage.inputIdentity(doc, upstream: upstream) {
                    let fp = Fingerprint(inputSHA: input, configSHA: runner.configSHA(name))
                    reason = fp.staleness(against: row).map {
                        $0 == .inputChanged && name == .normalize ? TemplateIdentity.reason(stored: row!.inputSHA, current: input) : $0
                    } ?? (runner.store.exists(name, docID: doc.docID) ? nil : .artifactMissing)
                } else {
                    reason = row == nil ? .neverRun : .inputChanged
                }
                if let reason {
                    result[name.order].stale[reason.rawValue, default: 0] += 1
                    upstreamStale = true
                } else {
                    result[name.order].upToDate += 1
                }
                upstream = row
                if name == .extract, reason == nil, let row { extractRows[doc.docID] = row }
            }
        }
        let included = docs.filter { extractRows[$0.docID]?.outputSHA != nil }
        let inputSHA = Digest.sha256(included.map { "\($0.docID):\(extractRows[$0.docID]!.outputSHA!)" }.joined(separator: "\n"))
        let exportRow = try state.state(docID: "*", stage: .export)
        let stalePerDoc = result[StageName.extract.order].stale.values.reduce(0, +) + result[StageName.extract.order].failed.count
        if stalePerDoc > 0 && exportRow != nil {
            result[StageName.export.order].stale[StaleReason.upstreamStale.rawValue] = 1
        } else if let reason = Fingerprint(inputSHA: inputSHA, configSHA: runner.configSHA(.export)).staleness(against: exportRow) {
            result[StageName.export.order].stale[reason.rawValue] = 1
        } else {
            result[StageName.export.order].upToDate = 1
        }
        return result
    }
}
