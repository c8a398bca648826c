/// The template's own arithmetic, checked on the recognized cells: each failure is a diagnostic naming the cells
/// and their values; nothing is corrected. Blank cells count as 0 in the sums; a check whose cells are not all
/// present is not made.
struct DisclosureChecks: Sendable {
    /// Which cells add up.
    let identities: DisclosureIdentities
    /// Largest difference still counted as equal (values are counts, or money in 万元 rounded to cents).
    static let tolerance = 1e-6

    /// Every check over one document's cells.
    func check(_ cells: [DisclosureCell]) -> [Diagnostic] {
        var byKey: [String: DisclosureCell] = [:]
        for c in cells { byKey["\(c.table)/\(c.rowID)/\(c.colID)"] = c }
        var out: [Diagnostic] = []
        let appColumns = orderedUnique(cells.filter { $0.table == "applications" }.map(\.colID))
        let appRows = orderedUnique(cells.filter { $0.table == "applications" }.map(\.rowID))
        func app(_ row: String, _ col: String) -> DisclosureCell? { byKey["applications/\(row)/\(col)"] }
        func v(_ c: DisclosureCell) -> Double { c.value ?? 0 }
        func show(_ c: DisclosureCell) -> String { c.value.map(Cell.format) ?? (c.blank ? "blank" : "\"\(c.text)\"") }
        // 一 + 二 = 三（七）总计 + 四, per column.
        for col in appColumns {
            guard let a = app("new", col), let b = app("carried_in", col), let t = app("total_handled", col),
                  let d = app("carried_out", col) else { continue }
            if abs(v(a) + v(b) - v(t) - v(d)) > Self.tolerance {
                out.append(Diagnostic(.disclosureIdentity, stage: .extract,
                    "applications column \(col) (\(a.colLabel)): 一 new \(show(a)) + 二 carried_in \(show(b)) = \(Cell.format(v(a) + v(b))), but 三（七） total_handled \(show(t)) + 四 carried_out \(show(d)) = \(Cell.format(v(t) + v(d)))"))
            }
        }
        // （七）总计 = （一）…（六）, per column.
        for col in appColumns {
            guard let t = app("total_handled", col) else { continue }
            let parts = identities.applicationsParts.compactMap { app($0, col) }
            guard !parts.isEmpty else { continue }
            let sum = parts.reduce(0) { $0 + v($1) }
            if abs(sum - v(t)) > Self.tolerance {
                out.append(Diagnostic(.disclosureRowTotal, stage: .extract,
                    "applications column \(col) (\(t.colLabel)): （七） total_handled \(show(t)) ≠ the sum of its \(parts.count) parts \(Cell.format(sum)) (\(parts.map { "\($0.rowID) \(show($0))" }.joined(separator: ", ")))"))
            }
        }
        // 总计 column = 自然人 + the five 法人或其他组织 columns, per row.
        for row in appRows {
            guard let t = app(row, "total") else { continue }
            let parts = identities.applicantColumns.compactMap { app(row, $0) }
            guard parts.count == identities.applicantColumns.count else { continue }
            let sum = parts.reduce(0) { $0 + v($1) }
            if abs(sum - v(t)) > Self.tolerance {
                out.append(Diagnostic(.disclosureColumnTotal, stage: .extract,
                    "applications row \(row) (\(t.rowLabel)): total \(show(t)) ≠ the sum of the applicant columns \(Cell.format(sum)) (\(parts.map { "\($0.colID) \(show($0))" }.joined(separator: ", ")))"))
            }
        }
        // 四: each group's 总计 = 维持 + 纠正 + 其他 + 尚未审结.
        for group in orderedUnique(cells.filter { $0.table == "review_litigation" }.map(\.rowID)) {
            guard let t = byKey["review_litigation/\(group)/total"] else { continue }
            let parts = identities.resultParts.compactMap { byKey["review_litigation/\(group)/\($0)"] }
            guard parts.count == identities.resultParts.count else { continue }
            let sum = parts.reduce(0) { $0 + v($1) }
            if abs(sum - v(t)) > Self.tolerance {
                out.append(Diagnostic(.disclosureReviewTotal, stage: .extract,
                    "review_litigation row \(group) (\(t.rowLabel)): total \(show(t)) ≠ \(parts.map { "\($0.colID) \(show($0))" }.joined(separator: " + ")) = \(Cell.format(sum))"))
            }
        }
        return out
    }

    /// The distinct elements in first-seen order.
    private func orderedUnique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
