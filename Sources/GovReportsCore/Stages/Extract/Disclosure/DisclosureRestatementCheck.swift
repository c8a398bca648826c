/// Text-versus-table agreement: where the report's text restates a panel value (`本年新收政府信息公开申请34件`,
/// `引发行政复议2件`), the first count of that clause must equal the table's value; a difference is a diagnostic
/// naming both, and neither is changed.
struct DisclosureRestatementCheck: Sendable {
    /// The restatement rules.
    let restatements: [DisclosureRestatement]
    /// The panel columns, by id.
    let panel: [String: DisclosurePanelColumn]
    /// Scalars (rule view: ASCII punctuation) that end a clause.
    static let clauseEnds: Set<Unicode.Scalar> = [",", ".", ";", ":", "!", "?", "\n", "。", "、"]
    /// Scalars that, standing right before a count across blanks, make it a cell in a flattened table row
    /// (`新收申请数量 30 6 0件`): digits and the blank marks a cell is written with.
    static let cellBefore: Set<Unicode.Scalar> = Set("0123456789—-/–－".unicodeScalars)
    /// Blanks between the cells of a flattened row.
    static let cellGaps: Set<Unicode.Scalar> = [" ", "\t", "\u{3000}"]

    /// Diagnostics for every restated value that differs from the table.
    func check(cells: [DisclosureCell], quantities: [QuantityRecord], scalars: [Unicode.Scalar]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var previousStart = -1
        for q in quantities {
            defer { previousStart = q.charStart }
            guard q.kind == .count, q.charStart <= scalars.count else { continue }
            var start = q.charStart
            while start > 0, !Self.clauseEnds.contains(scalars[start - 1]) { start -= 1 }
            // Only the clause's first number restates a total (`收到申请34件，其中…` but not the figures after it).
            guard previousStart < start else { continue }
            // A count after another cell across blanks is a table row's cell, which restates nothing: the row's
            // label names the total, and its first figure was a bare number no quantity records.
            var back = q.charStart
            while back > start, Self.cellGaps.contains(scalars[back - 1]) { back -= 1 }
            if back < q.charStart, back > start, Self.cellBefore.contains(scalars[back - 1]) { continue }
            let clause = String(String.UnicodeScalarView(scalars[start..<q.charStart]))
            for r in restatements where r.any.contains(where: clause.contains) && r.all.allSatisfy(clause.contains)
                && !r.none.contains(where: clause.contains) {
                guard let column = panel[r.panel], let table = DisclosurePanel.value(column, in: cells) else { continue }
                if abs(table - q.value) > DisclosureChecks.tolerance {
                    out.append(Diagnostic(.disclosureTextMismatch, stage: .extract,
                        "text restates \(r.panel) as \(q.text) (\"\(q.sentence)\"), the table says \(Cell.format(table))"))
                }
                break
            }
        }
        return out
    }
}
