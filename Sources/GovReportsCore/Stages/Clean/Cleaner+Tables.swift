/// Which of the body's tables a cleaned document keeps.
extension Cleaner {
    /// The tables with at least one row line the line rules kept (a table whose every row was removed, such as a
    /// disclosure header table read into metadata, is not body), numbered 1, 2, … in document order. A table with no
    /// unit caption of its own takes the unit of a unit line (`单位：万元`) that is the kept body line right above it.
    static func surviving(_ tables: [TableGrid], rowLines: [[Int?]], kept: [Bool], lines: [String] = []) -> [TableGrid] {
        var out: [TableGrid] = []
        for (grid, rows) in zip(tables, rowLines) where rows.contains(where: { $0.map { $0 < kept.count && kept[$0] } ?? false }) {
            var grid = grid
            grid.index = out.count + 1
            if grid.unit == nil, let first = rows.compactMap({ $0 }).min() {
                grid.unit = unitLine(before: first, lines: lines, kept: kept)
            }
            out.append(grid)
        }
        return out
    }

    /// The unit named by the nearest kept line before line `index`, when that line is a unit line.
    static func unitLine(before index: Int, lines: [String], kept: [Bool]) -> String? {
        var i = min(index, lines.count) - 1
        while i >= 0, !(i < kept.count && kept[i]) { i -= 1 }
        guard i >= 0 else { return nil }
        return TableGridBuilder.unitNamed(byCaption: lines[i])
    }
}
