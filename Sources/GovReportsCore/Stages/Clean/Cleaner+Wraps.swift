extension Cleaner {
    /// Joins a hard-wrapped text's lines in `bodyLines` (`HardWrapJoiner`), moves the removed lines' places to the
    /// joined lines and reports the joins and the wraps left unjoined that may split a number.
    static func joinWraps(_ bodyLines: inout [String], written: [Substring], kept: [Bool], blankAfter: [Bool],
                          removed: inout [RemovedLine], diagnostics: inout [Diagnostic]) {
        guard written.count == kept.count, blankAfter.count == written.count else { return }
        let result = HardWrapJoiner.join(body: bodyLines, written: written, kept: kept,
                                         removedRules: removed.map(\.rule), blankAfter: blankAfter)
        if !result.unjoined.isEmpty {
            diagnostics.append(Diagnostic(.textWrapUnjoined, stage: .clean, severity: .warning,
                                          "a hard-wrapped line may split a value the next line does not continue: "
                                          + result.unjoined.joined(separator: "; ")))
        }
        guard result.joins > 0 else { return }
        bodyLines = result.lines
        // A removed line stood before a kept line; it now stands before (or, page furniture, inside) that line's paragraph.
        for i in removed.indices {
            guard let at = removed[i].beforeLine else { continue }
            removed[i].beforeLine = at < result.lineOf.count ? result.lineOf[at] : result.lines.count
        }
        diagnostics.append(Diagnostic(.textWrapJoined, stage: .clean, severity: .info,
                                      "hard-wrapped text: \(result.joins) wrapped line(s) joined into paragraphs"))
    }
}
