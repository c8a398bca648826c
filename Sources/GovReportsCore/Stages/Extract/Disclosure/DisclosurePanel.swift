/// The wide `disclosure_panel` values of one document: each panel column is the sum of its listed cells, blank
/// cells counting as 0 when another listed cell holds a number; missing when none of its cells holds one.
enum DisclosurePanel {
    /// The value of `column` over `cells`.
    static func value(_ column: DisclosurePanelColumn, in cells: [DisclosureCell]) -> Double? {
        var sum = 0.0
        var any = false
        for key in column.cells {
            let parts = key.split(separator: "/").map(String.init)
            guard parts.count == 3, let c = cells.first(where: { $0.table == parts[0] && $0.rowID == parts[1] && $0.colID == parts[2] }),
                  let v = c.value else { continue }
            sum += v
            any = true
        }
        return any ? sum : nil
    }
}
