/// What the recognizer found in a set of grids: the cells (template version not yet decided), the `table/id` rows
/// and columns seen (the version evidence), and diagnostics.
struct DisclosureFindings: Sendable {
    /// Recognized cells, in table order.
    var cells: [DisclosureCell] = []
    /// `table/id` of every canonical row and column recognized.
    var seen: Set<String> = []
    /// What the recognizer noticed.
    var diagnostics: [Diagnostic] = []

    /// The ids of the tables with at least one cell.
    var tables: Set<String> { Set(cells.map(\.table)) }

    /// Adds another finding's results for the tables `keep` allows.
    mutating func merge(_ other: DisclosureFindings, tables keep: (String) -> Bool) {
        cells += other.cells.filter { keep($0.table) }
        seen.formUnion(other.seen.filter { keep(String($0.prefix { $0 != "/" })) })
        diagnostics += other.diagnostics.filter { d in keep(Self.table(of: d)) }
    }

    /// Adds another finding's cells of the tables `keep` allows that this one lacks (same table, row and column),
    /// and the rows and columns they show; its diagnostics are not taken (the grids' own stand).
    mutating func fill(from other: DisclosureFindings, tables keep: (String) -> Bool) {
        var keys = Set(cells.map { "\($0.table)/\($0.rowID)/\($0.colID)" })
        for c in other.cells where keep(c.table) && keys.insert("\(c.table)/\(c.rowID)/\(c.colID)").inserted {
            cells.append(c)
            seen.insert("\(c.table)/\(c.rowID)")
            seen.insert("\(c.table)/\(c.colID)")
        }
    }

    /// The table a recognizer diagnostic is about (its message starts with the table id).
    private static func table(of d: Diagnostic) -> String {
        String(d.message.prefix { $0 != " " && $0 != ":" })
    }
}
