/// The WARC sources' bad records as run failures.
extension PipelineRunner {
    /// One failure per bad record of the last resolution (the run exits 65, as for a failed download), logged with
    /// the archive and offset; the skipped and superseded counts are logged once.
    func warcRecordFailures() -> [Failure] {
        if warcLog.skipped > 0 || warcLog.superseded > 0 {
            let counts = "\(warcLog.skipped) record(s) that are no HTML page skipped, "
                + "\(warcLog.superseded) older copies of a URI replaced by a later record"
            logger.info("WARC sources: \(counts)")
        }
        return warcLog.issues.map { issue in
            logger.error("\(issue.description)", metadata: ["code": "\(DiagnosticCode.warcRecordBad.rawValue)"])
            return Failure(docID: "", source: issue.archive, stage: .fetch, code: .warcRecordBad, reason: issue.description)
        }
    }
}
