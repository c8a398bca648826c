/// What the runner did to one document, merged into the run report.
struct DocumentOutcome {
    /// Tallies per stage for this document.
    var counts: [StageName: StageCounts] = [:]
    /// The failure, if any.
    var failures: [Failure] = []

    /// Records a failure of `stage`.
    mutating func fail(_ doc: SourceDocument, _ stage: StageName, _ reason: String) {
        counts[stage, default: StageCounts()].failed += 1
        failures.append(Failure(docID: doc.docID, source: doc.source, stage: stage, reason: reason))
    }
}

/// Folding per-document outcomes into the run report.
extension RunReport {
    /// Adds one document's outcome.
    mutating func merge(_ outcome: DocumentOutcome) {
        for (stage, c) in outcome.counts {
            stages[stage.rawValue, default: StageCounts()].done += c.done
            stages[stage.rawValue, default: StageCounts()].skipped += c.skipped
            stages[stage.rawValue, default: StageCounts()].failed += c.failed
            stages[stage.rawValue, default: StageCounts()].seconds += c.seconds
        }
        failures.append(contentsOf: outcome.failures)
    }
}
