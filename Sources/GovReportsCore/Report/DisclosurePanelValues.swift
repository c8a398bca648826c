/// The disclosure panel's values of one document for the indicators page, as `DisclosurePanel.value` gives them,
/// with each column's `table/row/col` keys split once per report and the document's cells looked up by key once,
/// instead of splitting every key and scanning every cell per column and document (a third of the report's time).
struct DisclosurePanelValues {
    /// One cell a column adds up.
    private struct Key: Hashable {
        /// Table id, row id, column id.
        let table: String, row: String, col: String
    }

    /// Each panel column's id and the cells it adds up (keys that are not `table/row/col` dropped, as
    /// `DisclosurePanel.value` skips them).
    private let columns: [(id: String, keys: [Key])]

    /// Splits the columns' keys.
    init(columns: [DisclosurePanelColumn]) {
        self.columns = columns.map { c in
            (c.id, c.cells.compactMap { key -> Key? in
                let parts = key.split(separator: "/").map(String.init)
                return parts.count == 3 ? Key(table: parts[0], row: parts[1], col: parts[2]) : nil
            })
        }
    }

    /// The columns with a value over `cells`, in column order: a column is the sum of its cells' values (the first
    /// cell with a key counts, as `first(where:)` finds it), missing when none of them holds a number.
    func values(_ cells: [DisclosureCell]) -> [(String, Double)] {
        guard !cells.isEmpty else { return [] }
        var byKey: [Key: Double?] = [:]
        byKey.reserveCapacity(cells.count)
        for c in cells {
            let key = Key(table: c.table, row: c.rowID, col: c.colID)
            if byKey[key] == nil { byKey[key] = .some(c.value) }
        }
        var out: [(String, Double)] = []
        for column in columns {
            var sum = 0.0
            var any = false
            for key in column.keys {
                guard case .some(.some(let v)) = byKey[key] else { continue }
                sum += v
                any = true
            }
            if any { out.append((column.id, sum)) }
        }
        return out
    }
}
