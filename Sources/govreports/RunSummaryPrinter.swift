import GovReportsCore

/// Prints a run report as a short table on stderr.
enum RunSummaryPrinter {
    /// Writes per-stage counts and every failure.
    static func print(_ report: RunReport, quiet: Bool) {
        if !quiet {
            for stage in StageName.allCases {
                let c = report.stages[stage.rawValue] ?? StageCounts()
                let pad = stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                FileHandleOutput.stderr("\(pad) done \(c.done)  skipped \(c.skipped)  failed \(c.failed)")
            }
            if report.nothingToDo {
                FileHandleOutput.stderr("nothing to do: all \(report.documents) documents are up to date")
            }
        }
        for f in report.failures {
            FileHandleOutput.stderr("failed: [\(f.stage.rawValue)] \(f.reason)")
        }
        if report.interrupted { FileHandleOutput.stderr("interrupted: state saved; the next run resumes") }
    }
}
