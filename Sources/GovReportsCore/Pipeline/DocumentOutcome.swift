/// What the runner did to one document (or, summed, to many), merged into the run report.
struct DocumentOutcome {
    /// Tallies per stage for this document.
    var counts: [StageName: StageCounts] = [:]
    /// The failure, if any.
    var failures: [Failure] = []

    /// Records a failure of `stage` under `code`.
    mutating func fail(_ doc: SourceDocument, _ stage: StageName, _ code: DiagnosticCode, _ reason: String) {
        counts[stage, default: StageCounts()].failed += 1
        failures.append(Failure(docID: doc.docID, source: doc.source, stage: stage, code: code, reason: reason))
    }

    /// Adds another document's counts and failures to these.
    mutating func absorb(_ other: DocumentOutcome) {
        for (stage, c) in other.counts { counts[stage, default: StageCounts()].add(c) }
        failures.append(contentsOf: other.failures)
    }
}

/// Folding per-document outcomes into the run report.
extension RunReport {
    /// Adds one document's (or the run's combined) outcome.
    mutating func merge(_ outcome: DocumentOutcome) {
        for (stage, c) in outcome.counts { stages[stage.rawValue, default: StageCounts()].add(c) }
        failures.append(contentsOf: outcome.failures)
    }
}
